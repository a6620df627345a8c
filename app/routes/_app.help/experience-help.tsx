import { DataTable } from '#app/components/data-table';
import { EXPERIENCE_GROUP_INFO, EXPERIENCE_ITEMS, getExperienceGroup } from '#app/domain/experience-items';
import { EXPERIENCE_RULES } from '#app/domain/experience-rules';
import { getPrinciple } from '#app/domain/principles';
import { experienceBlock as dict } from '#app/i18n/experience-block';
import { useLang, useT } from '#app/i18n/use-t';

/** The experience catalogue (issue 25) on the help page: groups with their sampling frame, items, rules. */
export function ExperienceHelp() {
  const t = useT(dict);
  const lang = useLang();
  const principle = (code: string) =>
    code === 'outcome'
      ? t('outcome')
      : code === 'workforce'
        ? t('workforce')
        : (getPrinciple(code)?.label[lang] ?? code);
  return (
    <section aria-labelledby="experience-help">
      <h2 id="experience-help">{t('helpTitle')}</h2>
      <p>{t('helpIntro')}</p>
      <h3 id="experience-help-groups">{t('helpGroups')}</h3>
      <DataTable
        labelledBy="experience-help-groups"
        columns={[t('helpGroup'), t('helpCadence'), t('helpFrame')]}
      >
        {EXPERIENCE_GROUP_INFO.map((g) => (
          <tr key={g.code}>
            <th scope="row">
              {g.label[lang]} (<code>{g.code}</code>)
            </th>
            <td>{g.cadence === 'quarter' ? t('cadenceQuarter') : t('cadenceHalf')}</td>
            <td>{g.frame[lang]}</td>
          </tr>
        ))}
      </DataTable>
      <h3 id="experience-help-items">{t('item')}</h3>
      <DataTable
        labelledBy="experience-help-items"
        columns={[t('item'), t('helpGroup'), t('principle'), t('helpDefinition')]}
      >
        {EXPERIENCE_ITEMS.map((i) => (
          <tr key={i.code}>
            <th scope="row">
              {i.label[lang]} (<code>{i.code}</code>)
            </th>
            <td>{i.groups.map((g) => getExperienceGroup(g)!.label[lang]).join(', ')}</td>
            <td>{principle(i.principle)}</td>
            <td>{i.definition[lang]}</td>
          </tr>
        ))}
      </DataTable>
      <h3 id="experience-help-rules">{t('helpRules')}</h3>
      <ul>
        {EXPERIENCE_RULES.map((r) => (
          <li key={r.code}>
            <code>{r.code}</code>: {r.description[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}
