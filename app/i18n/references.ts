import { defineDictionary } from './i18n';

/** Texts of the reference series: the list, the import, the lines on the charts. */
export const references = defineDictionary(
  {
    title: 'Referentiecijfers',
    intro:
      'Cijfers van buiten de proeftuinen (landelijke totalen, regio’s zonder proeftuin) om de eigen cijfers naast te leggen, bijvoorbeeld uit CBS StatLine of van Veilig Thuis. Elke reeks noemt haar bron, tabel, ophaaldatum en eenheid.',
    none: 'Er zijn nog geen referentiereeksen.',
    colSeries: 'Reeks',
    colIndicator: 'Indicator',
    colSource: 'Bron',
    colTable: 'Tabel',
    colRetrieved: 'Opgehaald',
    colUnit: 'Eenheid',
    colPeriods: 'Perioden',
    colPeriod: 'Periode',
    illustrative: 'demo – illustratief, geen echte cijfers',
    standalone: 'losse reeks',
    importTitle: 'Referentiecijfers importeren',
    importIntro:
      'Eén regel per reeks en periode, met de kolommen {columns}. Scheidingsteken ; of ,. Decimalen met komma of punt; een lege waarde is onbekend. Eerst volgt een controle zonder iets op te slaan; daarna gaat alles in één keer, of niets.',
    importFile: 'CSV-bestand met referentiecijfers',
    importNew: 'nieuwe reeks',
    importApplied: 'De referentiecijfers zijn doorgevoerd. Gewijzigde waarden: {count}.',
    importConflict:
      'De referentiecijfers zijn intussen door iemand anders gewijzigd. Controleer het bestand opnieuw.',
    lineLabel: 'Referentie: {label}',
    differenceRow: 'Verschil programma − {label}',
    differenceRowOf: 'Verschil {subject} − {label}',
    regionChartsTitle: 'Indicatoren naast referentie en experimenten',
    regionChartsIntro:
      'De indicatoren waarvoor een referentiereeks is opgeslagen of die een experiment van {region} wil bewegen: de ontwikkeling van {region} per kwartaal naast de referentie, met de start en het einde van de experimenten gemarkeerd.',
    regionChartsNone: 'Er is nog geen indicator met een referentiereeks of een experiment van deze regio.',
    regionChartCaption: '{indicator} per kwartaal, {from} – {to}: {region} en referentie',
    sourceLine: 'Referentie: {label} – {source}, {table}, opgehaald {date}',
    sourceIllustrative: ' (demo, illustratief)',
    caveat:
      'Een referentiereeks is anders gemeten en afgebakend dan de proeftuincijfers; het verschil is een aanwijzing, geen effect.',
    trendTitle: 'Ontwikkeling per kwartaal met referentie',
    trendCaption: '{indicator} per kwartaal, {from} – {to}: regio’s, programmatotaal en referentie',
    aboutLink: 'Over de referentiecijfers',
  },
  {
    title: 'Reference figures',
    intro:
      'Figures from outside the pilot regions (national totals, regions without a pilot) to hold the own figures against, for example from CBS StatLine or Veilig Thuis. Each series names its source, table, retrieval date and unit.',
    none: 'There are no reference series yet.',
    colSeries: 'Series',
    colIndicator: 'Indicator',
    colSource: 'Source',
    colTable: 'Table',
    colRetrieved: 'Retrieved',
    colUnit: 'Unit',
    colPeriods: 'Periods',
    colPeriod: 'Period',
    illustrative: 'demo – illustrative, not real figures',
    standalone: 'stand-alone series',
    importTitle: 'Import reference figures',
    importIntro:
      'One line per series and period, with the columns {columns}. Separator ; or ,. Decimals with a comma or a point; an empty value is unknown. First a check that saves nothing; then everything at once, or nothing.',
    importFile: 'CSV file with reference figures',
    importNew: 'new series',
    importApplied: 'The reference figures were applied. Changed values: {count}.',
    importConflict: 'Someone else changed the reference figures in the meantime. Check the file again.',
    lineLabel: 'Reference: {label}',
    differenceRow: 'Difference programme − {label}',
    differenceRowOf: 'Difference {subject} − {label}',
    regionChartsTitle: 'Indicators beside reference and experiments',
    regionChartsIntro:
      'The indicators that have a stored reference series or that an experiment of {region} aims to move: the trend of {region} per quarter beside the reference, with the experiments’ start and end marked.',
    regionChartsNone: 'There is no indicator with a reference series or an experiment of this region yet.',
    regionChartCaption: '{indicator} per quarter, {from} – {to}: {region} and reference',
    sourceLine: 'Reference: {label} – {source}, {table}, retrieved {date}',
    sourceIllustrative: ' (demo, illustrative)',
    caveat:
      'A reference series is measured and delimited differently from the pilot figures; the difference is a pointer, not an effect.',
    trendTitle: 'Quarterly trend with reference',
    trendCaption: '{indicator} per quarter, {from} – {to}: regions, programme total and reference',
    aboutLink: 'About the reference figures',
  },
);
