/**
 * Words a Dutch reader of youth protection would stumble over (issue 20, "Terminology") stay out of
 * the interface: every nl/en dictionary, the principle texts, the catalogue and indicator texts, the
 * register labels and the seed registers are scanned. A text under a key `nl` or `en` counts as that
 * language; the seed registers' free texts are Dutch.
 */
import { describe, expect, test } from 'vitest';
import * as catalogue from '#app/domain/catalogue';
import * as definitionChanges from '#app/domain/definition-changes';
import * as glossary from '#app/domain/glossary';
import * as indicators from '#app/domain/indicators';
import * as outcomes from '#app/domain/outcomes';
import * as principles from '#app/domain/principles';
import * as registerCodes from '#app/domain/register-codes';
import { PARTNER_LABELS } from '#app/domain/register-codes';
import { SEED_BOTTLENECKS, SEED_EXPERIMENTS } from '#seeds/registers';

const dictionaries = import.meta.glob('../app/i18n/*.ts', { eager: true });

interface Found {
  lang: 'nl' | 'en';
  where: string;
  text: string;
}

/** Every string below `value`, with the language of the nearest `nl`/`en` key (else `lang`). */
function collect(value: unknown, where: string, lang: 'nl' | 'en', out: Found[], seen = new Set<unknown>()) {
  if (typeof value === 'string') out.push({ lang, where, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${where}[${i}]`, lang, out, seen));
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [k, v] of Object.entries(value))
      collect(v, `${where}.${k}`, k === 'nl' || k === 'en' ? k : lang, out, seen);
  }
}

const texts: Found[] = [];
for (const [file, mod] of Object.entries(dictionaries)) collect(mod, file, 'nl', texts);
for (const [name, mod] of Object.entries({
  catalogue,
  definitionChanges,
  glossary,
  indicators,
  outcomes,
  principles,
  registerCodes,
}))
  collect(mod, name, 'nl', texts);
collect(SEED_EXPERIMENTS, 'SEED_EXPERIMENTS', 'nl', texts);
collect(SEED_BOTTLENECKS, 'SEED_BOTTLENECKS', 'nl', texts);

/** The old wrong term, and why (what to write instead). */
const WRONG: readonly { lang: 'nl' | 'en'; term: RegExp; instead: string }[] = [
  { lang: 'nl', term: /geen wachttijd/i, instead: 'zonder wachttijd' },
  { lang: 'nl', term: /ggz van volwassenen/i, instead: 'volwassenen-ggz' },
  { lang: 'nl', term: /verzoek tot raadsonderzoek/i, instead: 'verzoek tot onderzoek (bij de Raad)' },
  { lang: 'nl', term: /7:450 BW/, instead: 'art. 7.3.4 Jeugdwet (toestemming voor jeugdhulp)' },
  { lang: 'nl', term: /^Download\b/, instead: '… downloaden' },
  {
    lang: 'nl',
    term: /^Meldingen$|\bbij Meldingen\b/,
    instead: 'E-mailinstellingen (een melding is er een bij Veilig Thuis)',
  },
  { lang: 'nl', term: /\bverloop\b/i, instead: 'ontwikkeling (trend) or personeelsverloop (staff)' },
  { lang: 'nl', term: /programma totaal/i, instead: 'programmatotaal' },
  { lang: 'nl', term: /\bpp\b/, instead: 'procentpunt' },
  { lang: 'en', term: /\bpp\b/, instead: 'percentage points' },
];

describe('terminology', () => {
  test('the scan reaches the dictionaries, the principles and the seed registers', () => {
    expect(Object.keys(dictionaries).length).toBeGreaterThanOrEqual(15);
    const has = (text: string) => texts.some((t) => t.text.includes(text));
    expect(has('hulp zonder wachttijd')).toBe(true);
    expect(has('volwassenen-ggz')).toBe(true);
    expect(has('E-mailinstellingen')).toBe(true);
    expect(has('SVG downloaden')).toBe(true);
    expect(has('art. 7.3.4 Jeugdwet')).toBe(true);
    expect(texts.filter((t) => t.lang === 'en').length).toBeGreaterThan(500);
  });

  test.each(WRONG)('no $lang text uses $term (write: $instead)', ({ lang, term }) => {
    const found = texts
      .filter((t) => t.lang === lang && term.test(t.text))
      .map((t) => `${t.where}: ${t.text}`);
    expect(found).toEqual([]);
  });

  test('the scan would catch an old term (the check can fail)', () => {
    const old = [] as Found[];
    collect({ q: { nl: 'Weinig schakels, geen wachttijd.', en: 'x' } }, 'old', 'nl', old);
    expect(old.filter((t) => t.lang === 'nl' && WRONG[0]!.term.test(t.text))).toHaveLength(1);
  });

  test('Veilig Thuis keeps its proper name in English, with what it is', () => {
    expect(PARTNER_LABELS.veilig_thuis.nl).toBe('Veilig Thuis');
    expect(PARTNER_LABELS.veilig_thuis.en).toBe(
      'Veilig Thuis (domestic violence and child abuse advice and reporting centre)',
    );
  });
});
