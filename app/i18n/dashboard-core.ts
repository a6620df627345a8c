import { defineDictionary } from './i18n';

/**
 * The dashboard texts the overview and the shared dashboard components (figures, period form,
 * principle trend) use. Its own module so the overview's JavaScript carries only these; the full
 * `dashboards` dictionary includes them.
 */
export const dashboardCore = defineDictionary(
  {
    provisional: 'voorlopig',
    insufficient: 'onvoldoende gegevens',
    hiddenValue: 'verborgen (kleine noemer)',
    suppressionNote:
      'Aantallen zijn afgerond op een veelvoud van {smallCount} (per regio en heel kwartaal; jaren en totalen zijn sommen van die afgeronde kwartalen). Een percentage met een afgeronde noemer onder {den} wordt niet getoond (“x”, kleine noemer); “onbekend” betekent dat het cijfer er niet is. Cijfers per heel kwartaal of jaar. Scores per basisprincipe tellen alleen de getoonde indicatoren mee en kunnen daardoor verschillen van wat managers zien.',
    principleHiddenOne: '1 indicator verborgen (kleine noemer)',
    principleHiddenMany: '{n} indicatoren verborgen (kleine noemer)',
    approvedOnly: 'Alleen goedgekeurde cijfers',
    apply: 'Toon',
    period: 'Periode',
    region: 'Regio',
    total: 'Programmatotaal',
    changeUp: '▲ +{n}',
    changeDown: '▼ {n}',
    changeSame: '= 0',
    noPeriod: 'Er is nog geen kwartaal waarin alle regio’s drie goedgekeurde rapportages hebben.',
    overviewTitle: 'Overzicht',
    overviewIntro:
      'Scores op de vier basisprincipes per proeftuin in {period}, het laatste volledige kwartaal.',
    overviewTableCaption:
      'Scores per basisprincipe per regio in {period} (0–100), met verandering ten opzichte van {previous}',
    reportingStatus: 'Stand van de rapportages',
    reportingStatusIntro: 'Status van de maandrapportage over {month} per regio.',
    statusMissing: 'niet gestart',
    scoreExplain:
      'Een indicatorscore is (waarde − ondergrens) / (streefwaarde − ondergrens), begrensd tussen 0 en 100. Een score per basisprincipe is het gemiddelde van de scores van zijn indicatoren met een waarde; onder 50 % dekking staat er “onvoldoende gegevens”.',
    compareTitle: 'Vergelijken',
    principle: 'Principe',
    // hidden and unknown (#22)
    unknownValue: 'onbekend',
    unknownPartial: 'onbekend (onvolledig kwartaal)',
  },
  {
    provisional: 'provisional',
    insufficient: 'insufficient data',
    hiddenValue: 'hidden (small denominator)',
    suppressionNote:
      'Counts are rounded to a multiple of {smallCount} (per region and whole quarter; years and totals are sums of those rounded quarters). A percentage over a rounded denominator below {den} is not shown (“x”, small denominator); “unknown” means the figure does not exist. Figures per whole quarter or year. Principle scores count only the indicators shown and can therefore differ from what managers see.',
    principleHiddenOne: '1 indicator hidden (small denominator)',
    principleHiddenMany: '{n} indicators hidden (small denominator)',
    approvedOnly: 'Approved figures only',
    apply: 'Show',
    period: 'Period',
    region: 'Region',
    total: 'Programme total',
    changeUp: '▲ +{n}',
    changeDown: '▼ {n}',
    changeSame: '= 0',
    noPeriod: 'There is no quarter yet in which every region has three approved reports.',
    overviewTitle: 'Overview',
    overviewIntro: 'Scores on the four principles per region in {period}, the latest complete quarter.',
    overviewTableCaption:
      'Scores per principle per region in {period} (0–100), with the change since {previous}',
    reportingStatus: 'Reporting status',
    reportingStatusIntro: 'Status of the monthly report for {month} per region.',
    statusMissing: 'not started',
    scoreExplain:
      'An indicator score is (value − floor) / (target − floor), kept between 0 and 100. A principle score is the mean of the scores of its indicators that have a value; below 50 % coverage it says “insufficient data”.',
    compareTitle: 'Compare',
    principle: 'Principle',
    // hidden and unknown (#22)
    unknownValue: 'unknown',
    unknownPartial: 'unknown (incomplete quarter)',
  },
);
