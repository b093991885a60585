/**
 * The words the synthetic corpus is made of: Swedish names, programmes, and sentences in the register of real
 * municipal motions, answers and protocols (the phrasing follows the labelled corpus in test/fixtures/corpus).
 */

export const firstNames = [
  'Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Anders', 'Eva', 'Johan', 'Lena', 'Per', 'Kerstin', 'Mikael', 'Ingrid',
  'Karl', 'Sara', 'Jonas', 'Emma', 'Magnus', 'Helena', 'Fredrik', 'Linnéa', 'Björn', 'Åsa', 'Mats', 'Malin', 'Stefan',
  'Sofia', 'Peter', 'Cecilia', 'Henrik', 'Ulrika', 'Daniel', 'Jenny', 'Göran', 'Annika', 'Håkan', 'Elin', 'Ola',
  'Therese', 'Nils', 'Ida', 'Gustav', 'Hanna', 'Oskar', 'Frida', 'Tomas', 'Märta', 'Axel', 'Louise', 'Patrik',
];
export const middleNames = ['', 'Marie', 'Johan', 'Louise', 'Erik', 'Sofie', 'Gustaf', 'Elisabet', 'Olof', 'Kristina', 'Viktor'];
export const lastNames = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström',
  'Olofsson', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist',
  'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund',
  'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson',
  'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson',
];

/** The eight Riksdag parties and their rough share of motions; local parties share the rest. */
export const riksdagParties: Array<[abbreviation: string, share: number]> = [
  ['S', 0.25], ['M', 0.18], ['SD', 0.17], ['C', 0.08], ['V', 0.08], ['KD', 0.07], ['L', 0.06], ['MP', 0.06],
];
export const LOCAL_PARTY_SHARE = 0.05;

/** Programmes municipalities run and agencies evaluate; each is run in many places ("Huskurage Malmö"). */
export const programmes = [
  'IGOR', 'Huskurage', 'Sluta skjut', 'Trygghetsvandringar', 'Sociala insatsgrupper', 'Kvinnofridsteam', 'Föräldrastöd',
  'Mentorer i våldsprevention', 'Grannsamverkan', 'Nattvandring', 'Fältsekreterare', 'Barnahus', 'Medling vid brott',
  'Skolpolis', 'Medborgarlöften', 'Områdesgrupp', 'Kriscentrum för män', 'Trygga skolvägar', 'Jobbspår för unga',
  'Läxhjälp', 'Öppen fritidsgård', 'Stödcentrum för unga brottsoffer', 'Avhopparverksamhet', 'Orosanmälan i skolan',
  'Tidiga insatser',
];

/** An evaluation's six conclusions; `{p}` is the programme. Polarity as the loader stores it. */
export const findingTemplates: Array<[text: string, polarity: 'positive' | 'negative' | 'risk' | 'mixed']> = [
  ['{p} bidrar till förbättrad samverkan mellan socialtjänsten och polisen.', 'positive'],
  ['{p} har ökat tryggheten i de områden där arbetet har bedrivits.', 'positive'],
  ['Deltagarna upplever att {p} ger ett bättre stöd till den som utsatts för brott.', 'positive'],
  ['Det finns en risk för rollsammanblandning mellan myndigheterna inom {p}.', 'risk'],
  ['Någon minskning av den anmälda brottsligheten kan inte påvisas för {p}.', 'negative'],
  ['Effekterna av {p} skiljer sig mellan stadsdelarna och över tid.', 'mixed'],
];

/** Motion titles; `{t}` is a topic of the vocabulary, `{p}` a programme, `{m}` the municipality. */
export const titleTemplates = [
  'Stärk arbetet mot {t} i {m}',
  'Inför {p} i {m}',
  'Utred {t} i {m}',
  'Satsa på {t}',
  'En handlingsplan för {t}',
  'Pröva {p} i fler stadsdelar',
];

/** Background sentences; `{t}` is a topic phrase, so every document states what it is about. */
export const backgroundSentences = [
  'Kommunen behöver ett samlat grepp om {t} där flera förvaltningar arbetar tillsammans.',
  'Under de senaste åren har frågor om {t} fått allt större betydelse för invånarna.',
  'Många invånare vittnar om att arbetet med {t} inte når ut i alla delar av kommunen.',
  'Det förebyggande arbetet med {t} måste bygga på kunskap om vad som faktiskt fungerar.',
  'Socialtjänsten, skolan och polisen har olika uppdrag men ett gemensamt ansvar för {t}.',
  'Vi anser att kommunen ska ta ett större ansvar för {t} än vad som sker i dag.',
];

export const objectionSentences = [
  'Förvaltningen invänder att {p} kräver resurser som i dag saknas i budgeten.',
  'Kommunstyrelsen menar att {p} inte är aktuellt så länge det saknas beslut om att permanenta arbetet.',
];

export const outcomeSentences: Array<[outcome: 'approved' | 'rejected' | 'answered' | 'partially-approved', words: string]> = [
  ['approved', 'Motionen bifalls.'],
  ['rejected', 'Motionen avslås.'],
  ['answered', 'Motionen anses besvarad.'],
  ['partially-approved', 'Motionen bifalls delvis.'],
];
