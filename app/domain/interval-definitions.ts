/**
 * The help page's definitions of the uncertainty the monitor shows (issue 23): what an interval,
 * the exact Poisson and Wilson intervals, a difference and the summary's sentence mean, and what
 * they do not prove. Data, like the glossary, so the help page lists them and tests can read them.
 */
import type { Text } from './lang';

export interface IntervalDefinition {
  id: string;
  term: Text;
  meaning: Text;
  /** what it does not prove */
  limits: Text;
}

export const INTERVAL_DEFINITIONS: readonly IntervalDefinition[] = [
  {
    id: 'interval',
    term: { nl: '95%-interval', en: '95% interval' },
    meaning: {
      nl: 'Het bereik waarin de werkelijke waarde met 95% zekerheid ligt als alleen toeval (het aantal gezinnen dat zich toevallig in een kwartaal meldt) een rol speelt. Geschreven tussen haakjes na de waarde: “21,7 (17,6–26,6)”. Hoe kleiner de aantallen, hoe breder het interval. Voor beoordelaars en de voortgangsrapportage berekend uit dezelfde afgeronde aantallen als de getoonde waarde, zodat een interval niets over een verborgen aantal verraadt; een verborgen of onbekende waarde heeft geen interval.',
      en: 'The range that holds the true value with 95% confidence if only chance (the number of families who happen to come forward in a quarter) is at play. Written in brackets after the value: “21.7 (17.6–26.6)”. The smaller the counts, the wider the interval. For reviewers and the progress report computed from the same rounded counts as the shown value, so an interval gives nothing away about a hidden count; a hidden or unknown value has no interval.',
    },
    limits: {
      nl: 'Het zegt niets over fouten in de registratie, een gewijzigde definitie of waarom een cijfer veranderde. Eén op de twintig intervallen mist de werkelijke waarde; wie veel cijfers tegelijk bekijkt, vindt er dus een paar “buiten toeval” door toeval.',
      en: 'It says nothing about recording errors, a changed definition or why a figure moved. One interval in twenty misses the true value, so a reader looking at many figures at once will find a few “beyond chance” by chance.',
    },
  },
  {
    id: 'poisson',
    term: {
      nl: 'Exact Poisson-interval (aantallen per 10.000)',
      en: 'Exact Poisson interval (counts per 10,000)',
    },
    meaning: {
      nl: 'Voor een aantal gebeurtenissen (nieuwe maatregelen, uithuisplaatsingen) per 10.000 kinderen per jaar: het exacte interval van Garwood voor een Poisson-telling, gedeeld door de kind-jaren. Exact, ook bij 0 of 1 gebeurtenis (0 gebeurtenissen: 0 tot 3,7 gebeurtenissen).',
      en: 'For a count of events (new measures, placements) per 10,000 children per year: Garwood’s exact interval of a Poisson count, divided by the child-years. Exact, also with 0 or 1 event (0 events: 0 to 3.7 events).',
    },
    limits: {
      nl: 'Het veronderstelt dat gebeurtenissen los van elkaar optreden; broers en zussen in één gezin doen dat niet, dus het werkelijke interval is wat breder.',
      en: 'It assumes events happen independently; siblings in one family do not, so the true interval is somewhat wider.',
    },
  },
  {
    id: 'wilson',
    term: { nl: 'Wilson-interval (percentages)', en: 'Wilson interval (percentages)' },
    meaning: {
      nl: 'Voor een aandeel van aantallen (triage op tijd, afgesloten zonder maatregel): het scoreinterval van Wilson, dat ook bij 0%, 100% en kleine noemers een zinnig bereik geeft (0 van 10: 0% tot 27,8%). Alleen voor percentages waarvan teller en noemer aantallen gezinnen of kinderen zijn; een gemiddelde, een aantal dagen of een verhouding tot fte krijgt geen interval.',
      en: 'For a share of counts (triage on time, closed without a measure): Wilson’s score interval, which gives a sensible range also at 0%, 100% and small denominators (0 of 10: 0% to 27.8%). Only for percentages whose numerator and denominator count families or children; a mean, a number of days or a ratio to FTE gets no interval.',
    },
    limits: {
      nl: 'Het veronderstelt dat elk gezin los meetelt; het zegt niets over gezinnen die niet geregistreerd zijn.',
      en: 'It assumes each family counts independently; it says nothing about families not recorded.',
    },
  },
  {
    id: 'difference',
    term: { nl: 'Verschil en zijn interval', en: 'Difference and its interval' },
    meaning: {
      nl: 'Het verschil tussen nu en de basisperiode (of hetzelfde kwartaal een jaar eerder), in de eenheid van het cijfer: per 10.000 of in procentpunten. Het interval telt de onzekerheid van beide kanten op (Newcombe voor percentages, dezelfde methode met exacte Poisson-grenzen voor aantallen per 10.000). Kwartalen worden vergeleken met hetzelfde kwartaal een jaar eerder, niet met het vorige kwartaal, omdat meldingen en maatregelen een seizoen hebben (de zomerdip).',
      en: 'The difference between now and the baseline (or the same quarter a year earlier), in the figure’s own unit: per 10,000 or in percentage points. The interval adds up the uncertainty of both sides (Newcombe for percentages, the same method with exact Poisson limits for counts per 10,000). Quarters are compared with the same quarter a year earlier, not the previous quarter, because signals and measures have a season (the summer dip).',
    },
    limits: {
      nl: 'Een verschil met de basis is geen effect van de proeftuin: ook het land, de wet en de bevolking veranderen. Alleen een vergelijkingsgroep kan daarvoor corrigeren; waar die ontbreekt staat “geen vergelijkingsgroep”.',
      en: 'A difference with the baseline is not an effect of the pilot: the country, the law and the population change too. Only a comparison group can correct for that; where there is none the summary says “no comparison group”.',
    },
  },
  {
    id: 'summary-sentence',
    term: { nl: 'De zin in de samenvatting', en: 'The summary’s sentence' },
    meaning: {
      nl: 'Bovenaan de voortgangsrapportage staat per uitkomst één zin. “Een daling (of stijging) buiten toevalsvariatie” staat er alleen als het hele 95%-interval van het verschil onder (of boven) 0 ligt; anders “binnen toevalsvariatie”. Is er een vergelijkingsgroep met waarden in de basisperiode, dan zegt de zin ook of de verandering blijft na aftrek van de verandering in die groep. Het verschil met de basis telt alleen de regio’s die nu én in de basis een waarde hebben (gelijke regio’s in beide perioden); wie daardoor niet meetelt, staat onder de tabel.',
      en: 'The progress report opens with one sentence per outcome. “A fall (or rise) beyond chance variation” is written only when the whole 95% interval of the difference lies below (or above) 0; otherwise “within chance variation”. Where a comparison group has values in the baseline period, the sentence also says whether the change remains after subtracting the change in that group. The difference with the baseline counts only the regions that have a value both now and in the baseline (the same regions in both periods); the regions this leaves out are named below the table.',
    },
    limits: {
      nl: '“Binnen toevalsvariatie” betekent niet “geen verandering”: bij kleine aantallen kan een echte verandering schuilgaan in een breed interval. “Buiten toevalsvariatie” betekent niet dat de proeftuin de oorzaak is.',
      en: '“Within chance variation” does not mean “no change”: with small counts a real change can hide in a wide interval. “Beyond chance variation” does not mean the pilot caused it.',
    },
  },
];
