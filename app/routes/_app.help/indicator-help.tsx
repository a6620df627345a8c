import { DataTable } from '#app/components/data-table';
import { formatValue } from '#app/components/charts/chart-format';
import { TableScroll } from '#app/components/table-scroll';
import { GLOSSARY } from '#app/domain/glossary';
import { getElement } from '#app/domain/catalogue';
import { describeFormula, INDICATORS, MIN_REGISTER_DENOMINATOR } from '#app/domain/indicators';
import { RATE_DEFINITION, RATE_OUTCOMES } from '#app/domain/outcomes';
import { INDICATOR_GROUPS, PRINCIPLES } from '#app/domain/principles';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';
import { TableHead } from '#app/components/table-head';

/**
 * Every indicator per group with formula, direction, target and floor and their source (the texts
 * from the loader, help-texts.server.ts).
 */
export function IndicatorList({
  texts,
}: {
  texts: Readonly<Record<string, { explanation: string; source: string }>>;
}) {
  const t = useT(dict);
  const lang = useLang();
  return (
    <section aria-labelledby="indicators">
      <h2 id="indicators">{t('helpIndicators')}</h2>
      <p>{t('helpIndicatorsIntro', { min: MIN_REGISTER_DENOMINATOR })}</p>
      {INDICATOR_GROUPS.map((g) => (
        <TableScroll key={g} labelledBy={`help-indicators-${g}-caption`}>
          <table className="table" id={`help-indicators-${g}`}>
            <caption id={`help-indicators-${g}-caption`}>
              {PRINCIPLES.find((p) => p.code === g)!.label[lang]}
            </caption>
            <TableHead
              columns={[
                t('helpCode'),
                t('helpFormula'),
                t('helpDirection'),
                t('helpTargetFloor'),
                t('helpSource'),
              ]}
            />
            <tbody>
              {INDICATORS.filter((i) => i.group === g).map((i) => (
                <tr key={i.code}>
                  <th scope="row">
                    <strong>{i.label[lang]}</strong>
                    <br />
                    <code>{i.code}</code>
                  </th>
                  <td>
                    {describeFormula(i, lang)}
                    <br />
                    {texts[i.code]?.explanation}
                  </td>
                  <td>{i.direction === 'higher' ? t('helpHigher') : t('helpLower')}</td>
                  <td className="num">
                    {i.target === null
                      ? t('helpNoTarget')
                      : `${formatValue(i.target, i.unit, lang)} / ${formatValue(i.floor, i.unit, lang)}`}
                  </td>
                  <td>{texts[i.code]?.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </section>
  );
}

/**
 * The outcomes counted per 10,000 children (the shares among the outcomes are indicators, listed
 * above): what each counts and how the rate is made.
 */
export function OutcomeRateList() {
  const t = useT(dict);
  const lang = useLang();
  return (
    <section aria-labelledby="outcome-rates">
      <h2 id="outcome-rates">{t('helpOutcomeRates')}</h2>
      <p>{RATE_DEFINITION[lang]}</p>
      <TableScroll labelledBy="outcome-rates">
        <table className="table" id="help-outcome-rates" aria-labelledby="outcome-rates">
          <TableHead columns={[t('helpCode'), t('helpFormula'), t('helpOutcomeRatesCount')]} />
          <tbody>
            {RATE_OUTCOMES.map((o) => (
              <tr key={o.code}>
                <th scope="row">
                  <strong>{o.label[lang]}</strong>
                  <br />
                  <code>{o.code}</code>
                </th>
                <td>
                  {t('helpOutcomeRatesFormula', { count: getElement(o.element)?.label[lang] ?? o.element })}
                </td>
                <td>{o.explanation[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** One change of the definitions in the user's language (help-texts.server.ts makes them). */
export interface ChangeLogRow {
  key: string;
  /** the change's title, or else the indicators it is about */
  name: string;
  since: string;
  what: string;
  why: string;
  storedMonths: string;
}

/** The definitions change log: what changed, since which month, why, and the stored months. */
export function ChangeLog({ changes }: { changes: readonly ChangeLogRow[] }) {
  const t = useT(dict);
  return (
    <section aria-labelledby="definition-changes">
      <h2 id="definition-changes">{t('helpChanges')}</h2>
      <p>{t('helpChangesIntro')}</p>
      <DataTable
        id="help-changes"
        labelledBy="definition-changes"
        columns={[t('helpIndicators'), t('helpSince'), t('helpWhat'), t('helpWhy'), t('helpStored')]}
      >
        {changes.map((c) => (
          <tr key={c.key}>
            <th scope="row">{c.name}</th>
            <td>{c.since}</td>
            <td>{c.what}</td>
            <td>{c.why}</td>
            <td>{c.storedMonths}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

/** The terms as the field uses them. */
export function Glossary() {
  const t = useT(dict);
  const lang = useLang();
  return (
    <section aria-labelledby="terms">
      <h2 id="terms">{t('helpTerms')}</h2>
      <dl className="definition-list">
        {GLOSSARY.map((g) => (
          <div key={g.term.nl}>
            <dt>{g.term[lang]}</dt>
            <dd>{g.meaning[lang]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
