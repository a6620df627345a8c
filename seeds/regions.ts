/**
 * The six proeftuinen, with the demo generator's knobs. `size` scales the caseload
 * (Rotterdam-Rijnmond = 1); the trend knobs give each region its own story.
 */
export interface SeedRegion {
  slug: string;
  name: string;
  planName: string;
  area: string;
  reportingStart: string;
  size: number;
  /** share of active families with one plan covering the household: first month → last month */
  onePlan: [number, number];
  /** escalation from local team to the regional safety team, as a share of new signals */
  escalation: [number, number];
  /** share of petitions preceded by an independent review */
  reviewed: [number, number];
  /** share of families with one fixed contact or duo */
  oneContact: [number, number];
  /** households without children among those served (the 0–100 reach), per 100 of size */
  zeroToHundred: number;
  sickLeave: number;
}

export const SEED_REGIONS: readonly SeedRegion[] = [
  {
    slug: 'amsterdam-amstelland',
    name: 'Amsterdam-Amstelland',
    planName: 'Blijvend Veilig',
    area: 'Amsterdam en omliggende gemeenten',
    reportingStart: '2023-01',
    size: 0.9,
    onePlan: [0.55, 0.7],
    escalation: [0.14, 0.12],
    reviewed: [0.45, 0.7],
    oneContact: [0.6, 0.75],
    zeroToHundred: 40,
    sickLeave: 0.075,
  },
  {
    slug: 'foodvalley',
    name: 'FoodValley',
    planName: 'Bouwstenen voor de toekomst',
    area: 'Ede, Barneveld, Nijkerk, Renswoude, Scherpenzeel, Veenendaal, Rhenen',
    reportingStart: '2023-01',
    size: 0.3,
    onePlan: [0.6, 0.68],
    escalation: [0.19, 0.08],
    reviewed: [0.5, 0.65],
    oneContact: [0.7, 0.85],
    zeroToHundred: 12,
    sickLeave: 0.055,
  },
  {
    slug: 'rotterdam-rijnmond',
    name: 'Rotterdam-Rijnmond',
    planName: 'Wij doen het beter',
    area: 'Regio Rotterdam',
    reportingStart: '2023-01',
    size: 1,
    onePlan: [0.5, 0.62],
    escalation: [0.15, 0.13],
    reviewed: [0.4, 0.6],
    oneContact: [0.55, 0.68],
    zeroToHundred: 15,
    sickLeave: 0.08,
  },
  {
    slug: 'utrecht',
    name: 'Utrecht',
    planName: 'Beweging Kind en Gezinsbescherming / Bescherming in Beweging',
    area: 'Stad Utrecht en Utrecht-West (5 gemeenten)',
    reportingStart: '2023-01',
    size: 0.6,
    onePlan: [0.58, 0.66],
    escalation: [0.13, 0.11],
    reviewed: [0.6, 0.9],
    oneContact: [0.62, 0.72],
    zeroToHundred: 10,
    sickLeave: 0.07,
  },
  {
    slug: 'zeeland',
    name: 'Zeeland',
    planName: 'Vaart in Veiligheid',
    area: '13 Zeeuwse gemeenten',
    reportingStart: '2023-01',
    size: 0.3,
    onePlan: [0.4, 0.85],
    escalation: [0.12, 0.11],
    reviewed: [0.45, 0.6],
    oneContact: [0.65, 0.88],
    zeroToHundred: 8,
    sickLeave: 0.065,
  },
  {
    slug: 'west-brabant-west',
    name: 'West-Brabant West',
    planName: 'Proeftuin West-Brabant West',
    area: 'Bergen op Zoom, Steenbergen, Roosendaal, Halderberge, Moerdijk, Zundert, Etten-Leur, Rucphen, Woensdrecht',
    reportingStart: '2023-01',
    size: 0.32,
    onePlan: [0.55, 0.7],
    escalation: [0.14, 0.12],
    reviewed: [0.5, 0.7],
    oneContact: [0.7, 0.9],
    zeroToHundred: 9,
    sickLeave: 0.06,
  },
];
