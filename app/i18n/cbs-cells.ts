import { defineDictionary } from './i18n';

/** cbs (#24): a CBS period and the CBS cells a figure lacks, as the experiment and baseline pages name them. */
export const cbsCellsText = defineDictionary(
  {
    halfYear: '{half}e halfjaar {year}',
    missingMore: 'en nog {n}',
    missingSecret: 'geheim',
    missingMissing: 'niet gepubliceerd',
    missingSplit: 'gesplitste gemeente',
  },
  {
    halfYear: 'H{half} {year}',
    missingMore: 'and {n} more',
    missingSecret: 'secret',
    missingMissing: 'not published',
    missingSplit: 'split municipality',
  },
);
