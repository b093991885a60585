/**
 * The same graph described for @neo4j/graphql 7 (what a team would write to get a generated API over it): the
 * node labels, the relationships the headline queries walk, and the evidence on them as relationship
 * properties. Offsets are stored as floats (JavaScript numbers), so they are Float here.
 */
export const typeDefs = /* GraphQL */ `
  type Evidence @relationshipProperties { documentId: String start: Float end: Float quote: String status: String extractor: String confidence: Float }
  type CaseRole @relationshipProperties { role: String start: Float end: Float quote: String status: String }

  type Motion @node {
    id: ID! title: String municipalityId: String
    authors: [Person!]! @relationship(type: "AUTHORED_BY", direction: OUT, properties: "Evidence")
    documents: [Document!]! @relationship(type: "PART_OF_CASE", direction: IN, properties: "CaseRole")
  }
  type Person @node {
    id: ID! name: String
    party: [Party!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Evidence")
  }
  type Party @node { id: ID! abbreviation: String name: String }
  type Document @fulltext(indexes: [{ indexName: "belagg_fulltext", queryName: "documentsSearch", fields: ["text", "rawText", "title"] }]) @node {
    id: ID! title: String kind: String date: String municipalityId: String
    text: String rawText: String
    motions: [Motion!]! @relationship(type: "PART_OF_CASE", direction: OUT, properties: "CaseRole")
    citesEvaluations: [Evaluation!]! @relationship(type: "CITES", direction: OUT, properties: "Evidence")
    citesFindings: [Finding!]! @relationship(type: "CITES", direction: OUT, properties: "Evidence")
    claims: [Claim!]! @relationship(type: "MAKES", direction: OUT, properties: "Evidence")
  }
  type Evaluation @node {
    id: ID! title: String year: Float
    citedBy: [Document!]! @relationship(type: "CITES", direction: IN, properties: "Evidence")
    findings: [Finding!]! @relationship(type: "REPORTS", direction: OUT, properties: "Evidence")
    projects: [Project!]! @relationship(type: "EVALUATES", direction: OUT, properties: "Evidence")
  }
  type Finding @node {
    id: ID! text: String polarity: String
    citedBy: [Document!]! @relationship(type: "CITES", direction: IN, properties: "Evidence")
    evaluations: [Evaluation!]! @relationship(type: "REPORTS", direction: IN, properties: "Evidence")
  }
  type Claim @node {
    id: ID! text: String stance: String
    supportedBy: [Finding!]! @relationship(type: "SUPPORTED_BY", direction: OUT, properties: "Evidence")
  }
  type Project @node {
    id: ID! name: String
    runBy: [Organization!]! @relationship(type: "RUN_BY", direction: OUT, properties: "Evidence")
  }
  type Organization @node { id: ID! name: String kind: String }
`;
