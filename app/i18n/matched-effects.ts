import { defineDictionary } from './i18n';

/**
 * cbs (#24): an experiment's before/after against the region's matched comparison group from CBS
 * figures (ADR 024), shown under the existing comparison of each outcome rate.
 */
export const matchedEffectsText = defineDictionary(
  {
    title: 'Tegen vergelijkbare gemeenten (CBS)',
    intro:
      'De verandering van {region} naast die van de gemeenten die een beheerder als vergelijkbaar koos, in het CBS-cijfer „{measure}” per 10.000 kinderen van 0–17 jaar per jaar. De groep telt over de hele CBS-{grain} binnen dezelfde vensters; gemeenten die zijn samengevoegd tellen in het gebied van hun opvolger.',
    grainHalf: 'halfjaren',
    grainYear: 'jaren',
    proves:
      'Wat dit zegt: of {region} meer of minder veranderde dan vergelijkbare gemeenten zonder de proeftuin in dezelfde tijd; het 95%-interval geeft de ruimte voor toeval. Wat het niet bewijst: dat het experiment de oorzaak is. De gemeenten zijn gekozen op omvang en stedelijkheid, niet door loting, en kunnen verschillen in wat niet gemeten is. CBS telt trajecten naar de gemeente waar het kind staat ingeschreven, de proeftuin wat binnen haar scope gebeurt; de CBS-perioden vallen niet precies samen met de maanden van het experiment.',
    caption: '{outcome}: {region} tegen vergelijkbare gemeenten (CBS), per 10.000 kinderen per jaar',
    colBefore: 'Voor',
    colAfter: 'Na',
    colChange: 'Verandering',
    rowRegion: '{region} (eigen cijfers)',
    rowGroup: 'Vergelijkbare gemeenten (CBS): {list}',
    rowDifference: 'Verschil in verandering (95%-interval)',
    periods: '{value} ({periods}; {count} trajecten over {years} kindjaren)',
    periodsOnly: 'onbekend ({periods})',
    noPeriods: 'geen heel CBS-halfjaar of -jaar',
    unknown: 'onbekend',
    provisional: 'Bevat voorlopige CBS-cijfers.',
    rounded: 'CBS rondt deze aantallen af op 5.',
    verdictIncrease:
      '{region} steeg meer (of daalde minder) dan de vergelijkbare gemeenten, buiten toevalsvariatie.',
    verdictDecrease:
      '{region} daalde meer (of steeg minder) dan de vergelijkbare gemeenten, buiten toevalsvariatie.',
    'verdictWithin-chance': 'Het verschil met de vergelijkbare gemeenten valt binnen toevalsvariatie.',
    'verdictNot-computable': 'Bij dit verschil is geen interval te berekenen.',
    'reasonNot-chosen':
      'Nog geen vergelijkbare gemeenten gekozen: een beheerder kiest ze op de pagina Vergelijkingsgroep van de regio.',
    reasonEmpty: 'De gekozen vergelijkingsgroep bevat geen gemeente buiten de proeftuin.',
    'reasonPartial-scope': 'Geen passende referentie: de scope bevat een deel van een gemeente.',
    'reasonNo-region': 'De jeugdzorgregio van de scope is onbekend.',
    reasonNotStarted: 'Nog geen vergelijking: na de start zijn er nog geen maanden met cijfers.',
    reasonRegion:
      'Geen vergelijking: het cijfer van {region} is aan een kant onbekend of verborgen (zie de vergelijking hierboven).',
    reasonNoPeriod: 'Geen vergelijking: binnen een van de vensters ligt geen heel CBS-halfjaar of -jaar.',
    reasonNoFigures:
      'Geen vergelijking: CBS heeft van deze maat geen cijfers voor deze gemeenten. Sommige maten, zoals meldingen bij Veilig Thuis, publiceert CBS alleen per Veilig Thuis-regio of voor heel Nederland.',
    reasonGroupUnknown: 'Geen vergelijking: een CBS-cijfer van de groep ontbreekt ({list}).',
    // cbs (#24): an indicator without a CBS measure
    noMeasureTitle: 'Tegen vergelijkbare gemeenten (CBS)',
    noMeasure:
      'Geen vergelijking met vergelijkbare gemeenten: geen CBS-maat voor deze indicator. CBS publiceert per gemeente aantallen per 10.000 kinderen (zoals gestarte jeugdbeschermingstrajecten), niet de teller en noemer van deze indicator.',
    otherUnit:
      'Geen vergelijking met vergelijkbare gemeenten: de CBS-maat van deze indicator is niet in haar eenheid (CBS geeft een aantal per 10.000 kinderen), dus haar verandering is er niet naast te leggen.',
  },
  {
    title: 'Against comparable municipalities (CBS)',
    intro:
      'The change in {region} beside that of the municipalities a manager chose as comparable, in the CBS figure “{measure}” per 10,000 children aged 0–17 per year. The group counts over the whole CBS {grain} within the same windows; merged municipalities count in their successor’s area.',
    grainHalf: 'half-years',
    grainYear: 'years',
    proves:
      'What this says: whether {region} changed more or less than comparable municipalities without the pilot over the same time; the 95% interval gives the room for chance. What it does not prove: that the experiment caused it. The municipalities were chosen by size and urbanity, not by lot, and may differ in what is not measured. CBS counts trajectories by the municipality where the child is registered, the pilot what happens within its scope; the CBS periods do not line up exactly with the experiment’s months.',
    caption: '{outcome}: {region} against comparable municipalities (CBS), per 10,000 children per year',
    colBefore: 'Before',
    colAfter: 'After',
    colChange: 'Change',
    rowRegion: '{region} (own figures)',
    rowGroup: 'Comparable municipalities (CBS): {list}',
    rowDifference: 'Difference in change (95% interval)',
    periods: '{value} ({periods}; {count} trajectories over {years} child-years)',
    periodsOnly: 'unknown ({periods})',
    noPeriods: 'no whole CBS half-year or year',
    unknown: 'unknown',
    provisional: 'Includes provisional CBS figures.',
    rounded: 'CBS rounds these counts to 5.',
    verdictIncrease: '{region} rose more (or fell less) than the comparable municipalities, beyond chance.',
    verdictDecrease: '{region} fell more (or rose less) than the comparable municipalities, beyond chance.',
    'verdictWithin-chance': 'The difference from the comparable municipalities lies within chance.',
    'verdictNot-computable': 'No interval can be computed for this difference.',
    'reasonNot-chosen':
      'No comparable municipalities chosen yet: a manager chooses them on the region’s comparison group page.',
    reasonEmpty: 'The chosen comparison group holds no municipality outside the pilot.',
    'reasonPartial-scope': 'No fitting reference: the scope holds part of a municipality.',
    'reasonNo-region': 'The youth-care region of the scope is not known.',
    reasonNotStarted: 'No comparison yet: no month after the start has figures.',
    reasonRegion:
      'No comparison: the figure of {region} is unknown or hidden on one side (see the comparison above).',
    reasonNoPeriod: 'No comparison: no whole CBS half-year or year lies within one of the windows.',
    reasonNoFigures:
      'No comparison: CBS has no figures of this measure for these municipalities. Some measures, such as reports to Veilig Thuis, CBS publishes only per Veilig Thuis region or for the Netherlands as a whole.',
    reasonGroupUnknown: 'No comparison: a CBS figure of the group is missing ({list}).',
    // cbs (#24): an indicator without a CBS measure
    noMeasureTitle: 'Against comparable municipalities (CBS)',
    noMeasure:
      'No comparison with comparable municipalities: no CBS measure for this indicator. CBS publishes per municipality counts per 10,000 children (such as child-protection trajectories started), not the numerator and denominator of this indicator.',
    otherUnit:
      'No comparison with comparable municipalities: the CBS measure of this indicator is not in its unit (CBS gives a count per 10,000 children), so its change cannot be set beside the indicator’s.',
  },
);

export type MatchedEffectsKey = keyof typeof matchedEffectsText.nl;
