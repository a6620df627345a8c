import { registers } from '#app/i18n/registers';
import { useT } from '#app/i18n/use-t';

/** One select of a GET filter form; the empty choice switches the filter off. */
export function FilterSelect({
  name,
  label,
  value,
  options,
  all = true,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  all?: boolean;
}) {
  const t = useT(registers);
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        {all ? <option value="">{t('filterAll')}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
