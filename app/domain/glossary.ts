/**
 * The terms of the monitor as Dutch child-protection professionals use them, with the English the
 * interface uses, for the help page. One spelling per term; the dictionaries and the catalogue
 * follow it.
 */
import type { Text } from './lang';

export interface Term {
  term: Text;
  meaning: Text;
}

export const GLOSSARY: readonly Term[] = [
  {
    term: { nl: 'Basisprincipe', en: 'Principle' },
    meaning: {
      nl: 'Eén van de vier uitgangspunten van het Toekomstscenario: Eenvoudig, Gezinsgericht, Rechtsbeschermend en transparant, Lerend. De monitor geeft per basisprincipe een score.',
      en: 'One of the four principles of the future scenario: Simple, Family-oriented, Legally protective and transparent, Learning. The monitor gives a score per principle.',
    },
  },
  {
    term: { nl: 'Streefwaarde', en: 'Target' },
    meaning: {
      nl: 'De waarde waarbij een indicator score 100 krijgt. Met de ondergrens (score 0) bepaalt zij de score; programmamanagers kunnen beide per periode aanpassen.',
      en: 'The value at which an indicator scores 100. With the floor (score 0) it sets the score; programme managers can change both per period.',
    },
  },
  {
    term: { nl: 'Uitkomst', en: 'Outcome' },
    meaning: {
      nl: 'Wat er met kinderen en gezinnen gebeurt (opnieuw gemeld na afsluiting, maatregelen, beslissingen van de rechter). Getoond met trend, nooit opgeteld in een score per basisprincipe.',
      en: 'What happens to children and families (reported again after closure, measures, court decisions). Shown with its trend, never added into a score per principle.',
    },
  },
  {
    term: { nl: 'Programmatotaal', en: 'Programme total' },
    meaning: {
      nl: 'Alle regio’s samen: som van de tellers gedeeld door de som van de noemers, nooit een gemiddelde van percentages.',
      en: 'All regions together: the sum of the numerators over the sum of the denominators, never a mean of percentages.',
    },
  },
  {
    term: { nl: 'Vaste jeugdbeschermer', en: 'Fixed child protection worker' },
    meaning: {
      nl: 'De professional van de gecertificeerde instelling die de maatregel uitvoert (voorheen gezinsvoogd).',
      en: 'The certified institution’s professional who carries out the measure (formerly “gezinsvoogd”).',
    },
  },
  {
    term: { nl: 'RVT', en: 'RVT' },
    meaning: {
      nl: 'Regionaal veiligheidsteam: de specialistische partij die bij complexe en meervoudig complexe onveiligheid de regie heeft, naast het lokale team.',
      en: 'Regional safety team: the specialist party that leads in complex and multi-complex unsafety, beside the local team.',
    },
  },
  {
    term: { nl: 'Eerste verzoek', en: 'First petition' },
    meaning: {
      nl: 'Een verzoekschrift voor een nieuwe maatregel of machtiging; een verzoek tot verlenging door de gecertificeerde instelling is geen eerste verzoek en krijgt geen toets door de Raad.',
      en: 'A petition for a new measure or authorisation; a request for extension by the certified institution is not a first petition and gets no review by the Board.',
    },
  },
  {
    term: {
      nl: 'Zaken over een machtiging uithuisplaatsing of gezagsbeëindiging',
      en: 'Placement or authority cases',
    },
    meaning: {
      nl: 'Zaken bij de kinderrechter over een machtiging uithuisplaatsing of het beëindigen van het gezag.',
      en: 'Juvenile court cases about an out-of-home placement authorisation or ending parental authority.',
    },
  },
  {
    term: { nl: 'Volwassenen-ggz', en: 'Adult mental-health care' },
    meaning: {
      nl: 'Geestelijke gezondheidszorg en verslavingszorg voor ouders en andere volwassenen in het huishouden (V-GGZ).',
      en: 'Mental-health and addiction care for parents and other adults in the household (V-GGZ).',
    },
  },
  {
    term: { nl: 'Looptijd', en: 'Time open' },
    meaning: {
      nl: 'Bij een knelpunt: het aantal dagen sinds het is gesignaleerd, tot het is opgelost of vervallen.',
      en: 'Of a bottleneck: the number of days since it was identified, until it was resolved or lapsed.',
    },
  },
  {
    term: { nl: 'Knelpunten per status', en: 'Bottlenecks by status' },
    meaning: {
      nl: 'Hoeveel juridische knelpunten gesignaleerd, in analyse, landelijk geagendeerd, opgelost of vervallen zijn.',
      en: 'How many legal bottlenecks are identified, in analysis, on the national agenda, resolved or lapsed.',
    },
  },
];
