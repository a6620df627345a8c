/**
 * The change log of the indicator definitions, shown on the help page: what changed, from which
 * period, why, and what happens to the months stored before the change. Every period, old ones
 * included, is computed by the definition the catalogue and the indicators state today; where that
 * definition needs a data element older months do not have, those months have no value (unknown,
 * never 0) rather than a figure by an older definition.
 */
import type { Text } from './lang';

export interface DefinitionChange {
  /** indicator codes the change is about (none: `title` names what it is about) */
  indicators: readonly string[];
  /** what the change is about when it is not a set of indicators (e.g. every reviewer's figure) */
  title?: Text;
  /** first reporting month with the new data elements in the form */
  since: string;
  /** the day the change reached the app ('YYYY-MM-DD'): a reviewer's start page lists it once */
  published: string;
  what: Text;
  why: Text;
  storedMonths: Text;
}

/** The first month reported with the revised catalogue (the month after the demo's last month). */
export const REVISION_SINCE = '2026-11';
/** The day that revision was released (issue 11). */
export const REVISION_PUBLISHED = '2026-11-30';

/**
 * The second revision (issue 20): the first month reported with its elements, and its release day.
 * The November report is filled in in December, so it is the first with the new fields.
 */
export const REVISION_2_SINCE = '2026-11';
export const REVISION_2_PUBLISHED = '2026-12-07';

/** The day the baselines and the before/after got their months-based method (issue 23). */
export const BASELINE_METHOD_PUBLISHED = '2026-12-07';

const NO_NEW_ELEMENTS: Text = {
  nl: 'Opgeslagen maanden hebben de nieuwe elementen niet: daar is de indicator onbekend (geen waarde, niet 0), tot een regio ze alsnog invult.',
  en: 'Stored months do not have the new elements: there the indicator is unknown (no value, not 0) until a region fills them in.',
};

/** The release with funnel plots and control charts (issue 23). */
export const SPC_PUBLISHED = '2026-12-07';

/** The release that rounds reviewers' figures to 5 (issue 22). */
export const ROUNDING_PUBLISHED = '2026-12-07';

/** The release that adds the experience catalogue and retires the client rating (issue 25). */
export const EXPERIENCE_PUBLISHED = '2026-12-07';
/** The first month the monthly report no longer asks the client rating. */
export const CLIENT_RATING_RETIRED_FROM = '2026-12';
/** The release that shows every rate and share with its interval and opens with the summary (issue 23). */
export const INTERVALS_PUBLISHED = '2026-12-07';
/** The day the comparison groups from CBS figures reached the app (issue 24). */
export const COMPARISON_GROUPS_PUBLISHED = '2026-12-07';

/** The release that reads CBS StatLine tables and holds the regions' scopes as municipalities (issue 24). */
export const CBS_PUBLISHED = '2026-12-07';
/** The day the rates per 10,000 children took CBS's population where it covers the scope (issue 24). */
export const CBS_POPULATION_PUBLISHED = '2026-12-07';
/** The day a baseline from CBS's pre-pilot years could span 2019–2022 (48 months) and got its interval (issue 24). */
export const CBS_BASELINE_SPAN_PUBLISHED = '2026-12-07';

export const DEFINITION_CHANGES: readonly DefinitionChange[] = [
  {
    indicators: ['client_experience'],
    title: {
      nl: 'Ervaring van ouders, jongeren en professionals; het rapportcijfer van cliënten vervalt',
      en: 'Experience of parents, young people and professionals; the client rating is retired',
    },
    since: CLIENT_RATING_RETIRED_FROM,
    published: EXPERIENCE_PUBLISHED,
    what: {
      nl: 'Nieuw: een vaste catalogus van ervaringsvragen (ouders 7, jongeren van 12–17 jaar 3, professionals van lokale teams en van veiligheidsteam/GI elk 5), vijfpuntsschaal waarvan de twee hoogste antwoorden als “eens” tellen, per kwartaal (professionals per halfjaar) als tellingen ingelezen en door een manager goedgekeurd; getoond als aandeel “eens” met 95%-interval, n en respons, bij het principe dat de vraag informeert, nooit in een principescore. Het rapportcijfer van cliënten (1–10) wordt vanaf december 2026 niet meer gevraagd.',
      en: 'New: a fixed catalogue of experience items (parents 7, young people aged 12–17 3, professionals of local teams and of the safety team/certified institution 5 each), five-point scale with the two highest answers counting as “agree”, imported as counts per quarter (professionals per half-year) and approved by a manager; shown as the share agreeing with its 95 % interval, n and response rate, beside the principle the item informs, never in a principle score. The client rating (1–10) is no longer asked from December 2026.',
    },
    why: {
      nl: 'Eén gemiddeld cijfer per regio zei niet wat gezinnen ervaren (gehoord, begrijpen wat er gebeurt, samen beslissen, hun rechten) en niets over jongeren en professionals; het programma vraagt om cliënt- en professionalervaring naast de cijfers, met onzekerheid en respons.',
      en: 'One mean rating per region said nothing of what families experience (heard, understanding what happens, deciding together, their rights) and nothing of young people and professionals; the programme asks for client and professional experience beside the figures, with uncertainty and response rate.',
    },
    storedMonths: {
      nl: 'De opgeslagen rapportcijfers en aantallen vragenlijsten blijven bewaard met hun geschiedenis en leesbaar op de indicatorpagina en in de export; de indicator rekent er voor die maanden mee zoals voorheen. Vanaf december 2026 is het cijfer onbekend (geen waarde, niet 0) en telt de leerscore zonder deze indicator. Ervaringstellingen zijn er pas vanaf hun eerste import; voor eerdere kwartalen zijn ze onbekend.',
      en: 'The stored ratings and questionnaire counts stay stored with their history and readable on the indicator page and in the export; the indicator uses them for those months as before. From December 2026 the rating is unknown (no value, not 0) and the learning score is computed without this indicator. Experience counts exist from their first import on; for earlier quarters they are unknown.',
    },
  },
  {
    indicators: [],
    title: {
      nl: 'Alle cijfers voor beoordelaars en de voortgangsrapportage',
      en: 'Every figure for reviewers and the progress report',
    },
    since: '2015-01',
    published: ROUNDING_PUBLISHED,
    what: {
      nl: 'Beoordelaars en de voortgangsrapportage zien aantallen afgerond op een veelvoud van 5 (0–2 → 0, 3–7 → 5, 8–12 → 10), per regio en heel kwartaal; jaren, basisperiodes, programmatotalen, percentages en cijfers per 10.000 kinderen worden uit die afgeronde kwartalen berekend. “<5” en de extra afscherming met “x” vervallen; een percentage met een afgeronde noemer onder 10 blijft verborgen (“x”, kleine noemer). Een kwartaal zonder drie goedgekeurde maanden heeft geen cijfers.',
      en: 'Reviewers and the progress report see counts rounded to a multiple of 5 (0–2 → 0, 3–7 → 5, 8–12 → 10), per region and whole quarter; years, baselines, programme totals, percentages and rates per 10,000 children are computed from those rounded quarters. “<5” and the extra protection with “x” are gone; a percentage over a rounded denominator below 10 stays hidden (“x”, small denominator). A quarter without three approved months has no figures.',
    },
    why: {
      nl: 'Elke uitvoer besliste apart wat verborgen bleef; samen (totaal min regio’s, jaar min kwartalen) verraadden ze verborgen aantallen. Afronden van de basiscellen, zoals het CBS doet, laat bij verschillen niets los en houdt totalen en basisperiodes zichtbaar.',
      en: 'Each output decided on its own what stayed hidden; together (total minus regions, year minus quarters) they gave hidden counts away. Rounding the base cells, as CBS does, gives nothing away by differencing and keeps totals and baselines visible.',
    },
    storedMonths: {
      nl: 'Opgeslagen maanden blijven exact bewaard; managers en coördinatoren zien ze exact. Voor beoordelaars worden ook oudere kwartalen voortaan afgerond getoond.',
      en: 'Stored months stay stored exactly; managers and coordinators see them exactly. Reviewers now see older quarters rounded too.',
    },
  },
  {
    indicators: ['reescalation', 'handovers_per_case'],
    since: REVISION_2_SINCE,
    published: REVISION_2_PUBLISHED,
    what: {
      nl: 'Opnieuw opgeschaald deelt door de afgesloten gezinnen die ten minste één keer zijn afgeschaald (nieuw element), niet meer door alle afgesloten RVT-gezinnen; streefwaarde 10 %, ondergrens 40 %. Overdrachten per gezin telt alleen overdrachten ná de eerste opschaling en afschaling (nieuw element), per afgesloten RVT-gezin, en is een uitkomst zonder score.',
      en: 'Escalated again divides by the closed families handed back at least once (new element), no longer by all closed RVT families; target 10 %, floor 40 %. Handovers per case counts only handovers after the first escalation and hand-back (new element), per closed RVT family, and is an outcome without a score.',
    },
    why: {
      nl: 'Elke opschaling telde als overdracht met “lager is beter”: een regio die nooit opschaalt kreeg 100. Alleen wie is teruggegeven kan opnieuw worden opgeschaald; de oude noemer verdunde het heen en weer ongeveer vier keer.',
      en: 'Every escalation counted as a handover with “lower is better”: a region that never escalates scored 100. Only a family handed back can be escalated again; the old denominator diluted the back and forth about four-fold.',
    },
    storedMonths: {
      nl: 'Het opgeslagen aantal overdrachten (elke op- en afschaling) blijft bewaard met zijn geschiedenis, maar telt niet meer mee en staat niet meer in het formulier. Zonder de nieuwe elementen zijn beide indicatoren voor opgeslagen maanden onbekend (geen waarde, niet 0); het opgeslagen aantal opnieuw opgeschaalde gezinnen blijft de teller.',
      en: 'The stored number of handovers (every escalation and hand-back) stays stored with its history, but no longer counts and is no longer in the form. Without the new elements both indicators are unknown for stored months (no value, not 0); the stored number of families escalated again stays the numerator.',
    },
  },
  {
    indicators: ['independent_review'],
    since: REVISION_2_SINCE,
    published: REVISION_2_PUBLISHED,
    what: {
      nl: 'De noemer is het aantal verzoekschriften waarvoor de toets geldt: alle verzoekschriften min die van de gecertificeerde instelling zelf (nieuw element: haar verlengingen én haar eigen eerste verzoeken, zoals een machtiging uithuisplaatsing binnen een ondertoezichtstelling).',
      en: 'The denominator is the number of petitions the review applies to: all petitions minus those of the certified institution itself (new element: its extensions and its own first requests, such as an out-of-home placement authorisation within a supervision order).',
    },
    why: {
      nl: 'Ook het eigen eerste verzoek van de gecertificeerde instelling toetst de Raad volgens de wet niet; met die verzoeken in de noemer bleef 100 % onhaalbaar.',
      en: 'By law the Board does not review the certified institution’s own first request either; with those requests in the denominator 100 % stayed out of reach.',
    },
    storedMonths: {
      nl: 'Opgeslagen maanden hebben het aantal verzoekschriften van de gecertificeerde instelling niet: daar is de indicator onbekend (geen waarde, niet 0). De opgeslagen aantallen verzoekschriften, verlengingen en getoetste verzoekschriften blijven staan.',
      en: 'Stored months do not have the number of petitions by the certified institution: there the indicator is unknown (no value, not 0). The stored numbers of petitions, extensions and reviewed petitions stay.',
    },
  },
  {
    indicators: ['investigations_without_petition', 'request_to_decision'],
    since: REVISION_2_SINCE,
    published: REVISION_2_PUBLISHED,
    what: {
      nl: 'Nieuw: het aandeel afgeronde raadsonderzoeken dat eindigt zonder verzoekschrift, en de mediaan dagen van verzoek tot onderzoek tot het besluit van de Raad (nieuw element), beide uitkomsten zonder score. “Onafhankelijke toetsen met advies geen verzoekschrift” telt nu uitdrukkelijk de afgeronde raadsonderzoeken zonder verzoekschrift en kan niet groter zijn dan de afgeronde raadsonderzoeken (nieuwe harde regel).',
      en: 'New: the share of completed Board investigations ending without a petition, and the median days from the request for an investigation to the Board’s decision (new element), both outcomes without a score. “Independent reviews advising against a petition” now explicitly counts the completed Board investigations without a petition and cannot exceed the completed investigations (new hard rule).',
    },
    why: {
      nl: 'De juridische keten werd verzameld maar nergens getoond.',
      en: 'The legal chain was collected but shown nowhere.',
    },
    storedMonths: {
      nl: 'Het aandeel zonder verzoekschrift gebruikt elementen die al bestonden: opgeslagen maanden met beide waarden krijgen een waarde. De doorlooptijd is voor opgeslagen maanden onbekend (geen waarde, niet 0).',
      en: 'The share without a petition uses elements that already existed: stored months with both values get a value. The duration is unknown for stored months (no value, not 0).',
    },
  },
  {
    indicators: ['recurrence_after_closure', 'recurrence_without_measure', 'recurrence_with_measure'],
    since: REVISION_2_SINCE,
    published: REVISION_2_PUBLISHED,
    what: {
      nl: '“Blijvende veiligheid” (1 − opnieuw gemeld / afgesloten, streefwaarde 80 %) is vervangen door het aandeel gezinnen dat binnen 12 maanden na afsluiting opnieuw is gemeld (lager is beter, zonder streefwaarde), in totaal en apart voor afsluiting met en zonder maatregel (nieuw element: opnieuw gemeld na afsluiting zonder maatregel). De basisperiode van deze uitkomsten is het jaar ná de basisperiode van de regio.',
      en: '“Lasting safety” (1 − reported again / closed, target 80 %) is replaced by the share of families reported again within 12 months of closure (lower is better, no target), in total and separately for closure with and without a measure (new element: reported again after closure without a measure). The baseline of these outcomes is the year after the region’s baseline.',
    },
    why: {
      nl: 'De streefwaarde rustte op “38 % van de meldingen bij Veilig Thuis is een herhaalde melding”, gelezen als “62 % blijft veilig”: twee verschillende statistieken. In het eerste jaar zijn er geen afsluitingen van een jaar eerder, dus de basisperiode had nooit een waarde. De splitsing is de veiligheidstoets van het afbuigen van maatregelen.',
      en: 'The target rested on “38 % of Veilig Thuis reports are repeat reports” read as “62 % stay safe”: two different statistics. The first year has no closures a year earlier, so the baseline never had a value. The split is the safety check of diverting families from a measure.',
    },
    storedMonths: {
      nl: 'Het totaal gebruikt de opgeslagen aantallen opnieuw gemelde gezinnen en de afsluitingen van een jaar eerder: opgeslagen maanden houden een waarde (nu als aandeel opnieuw gemeld). De splitsing is voor opgeslagen maanden onbekend (geen waarde, niet 0). Experimenten die aan “Blijvende veiligheid” waren gekoppeld, zijn bij de upgrade gekoppeld aan “Opnieuw gemeld binnen 12 maanden na afsluiting”.',
      en: 'The total uses the stored numbers of families reported again and the closures of a year earlier: stored months keep a value (now as the share reported again). The split is unknown for stored months (no value, not 0). Experiments linked to “Lasting safety” were linked to “Reported again within 12 months of closure” by the upgrade.',
    },
  },
  {
    indicators: ['caseload', 'caseload_local', 'caseload_rvt'],
    since: REVISION_2_SINCE,
    published: REVISION_2_PUBLISHED,
    what: {
      nl: 'Drie caseloads, elk met een eigen norm: gezinnen per fte van het lokale team (streefwaarde 15, ondergrens 25), van het RVT (8 en 14), en kinderen met een maatregel per fte jeugdbeschermer (15 en 20, de norm van de sector). Drie nieuwe elementen: de bezette fte per rol.',
      en: 'Three caseloads, each with its own norm: families per FTE of the local team (target 15, floor 25), of the RVT (8 and 14), and children with a measure per FTE of child protection workers (15 and 20, the sector’s norm). Three new elements: the filled FTE per role.',
    },
    why: {
      nl: 'De oude caseload deelde gezinnen van lokaal team en RVT door al hun fte, met een norm die alleen voor jeugdbeschermers geldt.',
      en: 'The old caseload divided the local team’s and the RVT’s families by all their FTE, under a norm that applies only to child protection workers.',
    },
    storedMonths: {
      nl: 'Opgeslagen maanden hebben de fte per rol niet: daar zijn de drie caseloads onbekend (geen waarde, niet 0). De opgeslagen bezette fte blijft staan en telt mee voor de vacaturegraad en de scholingsuren.',
      en: 'Stored months do not have the FTE per role: there the three caseloads are unknown (no value, not 0). The stored filled FTE stays and counts for the vacancy rate and training hours.',
    },
  },
  {
    indicators: ['days_to_help'],
    since: REVISION_2_SINCE,
    published: REVISION_2_PUBLISHED,
    what: {
      nl: 'De mediaan telt ook de gezinnen die aan het eind van de maand nog wachten, met hun wachttijd tot dan (gecensureerd); gewogen naar de gezinnen met gestarte hulp of nog wachtend. Twee nieuwe elementen vervangen de mediaan over alleen gestarte hulp.',
      en: 'The median also counts the families still waiting at month end, with their wait so far (censored); weighted by the families whose help started or who still wait. Two new elements replace the median over started help only.',
    },
    why: {
      nl: 'Wie nog wacht, telde niet mee: een regio die gezinnen langer liet wachten kreeg een kortere mediaan.',
      en: 'Those still waiting did not count: a region that let families wait longer got a shorter median.',
    },
    storedMonths: {
      nl: 'De opgeslagen mediaan over gestarte hulp blijft bewaard met zijn geschiedenis, maar telt niet meer mee en staat niet meer in het formulier: voor opgeslagen maanden is de indicator onbekend (geen waarde, niet 0). Het aantal gezinnen met gestarte hulp blijft in het formulier.',
      en: 'The stored median over started help stays stored with its history, but no longer counts and is no longer in the form: for stored months the indicator is unknown (no value, not 0). The number of families whose help started stays in the form.',
    },
  },
  {
    indicators: ['escalation_rate', 'handovers_per_case', 'reescalation'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'Opschaling per 100 signalen telt niet meer als score (nu een uitkomst ter duiding). Nieuw: overdrachten tussen lokaal team en RVT per afgesloten gezin, en het aandeel afgesloten gezinnen dat na afschaling opnieuw is opgeschaald.',
      en: 'Escalation per 100 signals no longer counts in a score (now an outcome for context). New: handovers between local team and RVT per closed family, and the share of closed families escalated again after a hand-back.',
    },
    why: {
      nl: 'De meeste signalen komen nooit bij een lokaal team, en “lager is beter” beloonde onveilige zaken lokaal houden. De consultatie vreest juist het heen en weer tussen lokaal team en RVT.',
      en: 'Most signals never reach a local team, and “lower is better” rewarded keeping unsafe cases local. The consultation’s worry is cases bouncing between local team and RVT.',
    },
    storedMonths: NO_NEW_ELEMENTS,
  },
  {
    indicators: ['closed_without_measure'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'Alleen over gezinnen die bij het RVT waren, en als uitkomst zonder streefwaarde, buiten de score van Gezinsgericht.',
      en: 'Only over families that were at the RVT, and as an outcome without a target, outside the Family-oriented score.',
    },
    why: {
      nl: 'Afsluitingen door het lokale team blazen het aandeel op, en als doel beloont het het vermijden van nodige bescherming.',
      en: 'Local-team closures inflated the share, and as a target it rewarded avoiding protection that is needed.',
    },
    storedMonths: NO_NEW_ELEMENTS,
  },
  {
    indicators: ['independent_review'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'De noemer is het aantal eerste verzoekschriften: alle verzoekschriften min de verzoeken tot verlenging (nieuw element).',
      en: 'The denominator is the number of first petitions: all petitions minus the requests for extension (new element).',
    },
    why: {
      nl: 'Verlengingen door de gecertificeerde instelling krijgen volgens de wet geen toets door de Raad, dus 100 % was onhaalbaar.',
      en: 'Extensions by the certified institution get no review by the Board by law, so 100 % was unreachable.',
    },
    storedMonths: {
      nl: 'Het opgeslagen aantal verzoekschriften blijft staan (het totaal, met verlengingen). Zonder het aantal verlengingen is het aantal eerste verzoeken onbekend, dus de indicator ook.',
      en: 'The stored number of petitions stays (the total, extensions included). Without the number of extensions the first petitions are unknown, and so is the indicator.',
    },
  },
  {
    indicators: ['waiting_guardian'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'Noemer: kinderen met een lopende maatregel (nieuw element) in dezelfde gemeenten, in plaats van alle kinderen in lopende zaken van de proeftuin. De harde regel “wachtenden ≤ kinderen in lopende zaken” is vervangen door “wachtenden ≤ kinderen met een maatregel”.',
      en: 'Denominator: children with a running measure (new element) in the same municipalities, instead of all children in the pilot’s active cases. The hard rule “waiting ≤ children in active cases” is replaced by “waiting ≤ children with a measure”.',
    },
    why: {
      nl: 'Een wachtlijst van de hele gecertificeerde instelling gedeeld door de caseload van de proeftuin mengt twee populaties, en de oude regel kon een juist cijfer weigeren.',
      en: 'A certified institution’s whole waiting list divided by the pilot’s caseload mixed two populations, and the old rule could refuse a true figure.',
    },
    storedMonths: NO_NEW_ELEMENTS,
  },
  {
    indicators: ['recurrence_after_closure'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'Streefwaarde 80 % (was 95 %), ondergrens 50 % (was 75 %); “afgesloten 12 maanden eerder” komt uit de rapportage van een jaar eerder en wordt niet meer ingevuld; een uitkomst, niet meer in Lerend.',
      en: 'Target 80 % (was 95 %), floor 50 % (was 75 %); “closed twelve months earlier” comes from the report of a year earlier and is no longer entered; an outcome, no longer in Learning.',
    },
    why: {
      nl: 'Landelijk gaat ongeveer 38 % van de meldingen bij Veilig Thuis over een eerder gemeld gezin; 95 % was onrealistisch. Hetzelfde getal twee keer invullen gaf verschillen.',
      en: 'Nationally about 38 % of reports to Veilig Thuis concern a family reported before; 95 % was unrealistic. Entering the same figure twice gave differences.',
    },
    storedMonths: {
      nl: 'De eerder ingevulde waarden van “afgesloten 12 maanden eerder” blijven bewaard (met hun geschiedenis) maar worden niet meer gebruikt; alle perioden rekenen met de afgesloten gezinnen van een jaar eerder. In het eerste jaar van een regio is de indicator daarom onbekend.',
      en: 'The values once entered for “closed twelve months earlier” stay stored (with their history) but are no longer used; every period uses the families closed a year earlier. In a region’s first year the indicator is therefore unknown.',
    },
  },
  {
    indicators: ['analysis_on_time', 'complaints_on_time'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'Analyses op tijd tegen de intakes waarvan de termijn van 6 weken in de periode afliep; klachten op tijd alleen over klachten waarvan de termijn is verstreken (twee nieuwe elementen).',
      en: 'Analyses on time against the intakes whose 6-week deadline fell in the period; complaints on time only over complaints whose term has passed (two new elements).',
    },
    why: {
      nl: 'Deelden door de intakes of klachten van dezelfde maand, terwijl de termijn pas later afloopt.',
      en: 'They divided by the same month’s intakes or complaints, while the deadline falls later.',
    },
    storedMonths: {
      nl: 'De opgeslagen tellers hadden de oude betekenis; zonder de nieuwe noemer is de indicator voor die maanden onbekend.',
      en: 'The stored numerators had the old meaning; without the new denominator the indicator is unknown for those months.',
    },
  },
  {
    indicators: ['waiting_over_norm'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'Nieuw: gezinnen die aan het eind van de maand langer dan 6 weken op hulp wachten, per 100 actieve gezinnen, naast de mediaan dagen tot hulp.',
      en: 'New: families waiting more than 6 weeks for help at month end, per 100 active families, beside the median days to help.',
    },
    why: {
      nl: 'De mediaan telt alleen wie al hulp kreeg; wie nog wacht bleef onzichtbaar.',
      en: 'The median counts only those already helped; those still waiting were invisible.',
    },
    storedMonths: NO_NEW_ELEMENTS,
  },
  {
    indicators: ['caseload'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'Streefwaarde 9 gezinnen per fte (was 12), ondergrens 15 (was 20).',
      en: 'Target 9 families per FTE (was 12), floor 15 (was 20).',
    },
    why: {
      nl: 'De normen van de sector: ongeveer 15 kinderen, 8 à 9 gezinnen per jeugdbeschermer.',
      en: 'The sector’s norms: about 15 children, 8 to 9 families per child protection worker.',
    },
    storedMonths: {
      nl: 'Geen gevolg voor de opgeslagen waarden; scores van alle perioden gebruiken de nieuwe standaard, tenzij een programmamanager voor een periode een andere streefwaarde vastlegde.',
      en: 'No effect on stored values; scores of every period use the new default, unless a programme manager set another target for a period.',
    },
  },
  {
    indicators: ['triage_on_time'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'Streefwaarde 90 % (was 95 %), ondergrens 50 % (was 60 %).',
      en: 'Target 90 % (was 95 %), floor 50 % (was 60 %).',
    },
    why: {
      nl: 'Landelijk haalt Veilig Thuis de termijn van 5 werkdagen in ongeveer 60 % van de meldingen; een ondergrens op dat niveau gaf elke regio score 0.',
      en: 'Nationally Veilig Thuis meets the 5-working-day term for about 60 % of reports; a floor at that level gave every region a score of 0.',
    },
    storedMonths: {
      nl: 'Geen gevolg voor de opgeslagen waarden.',
      en: 'No effect on stored values.',
    },
  },
  {
    indicators: ['experiments_evaluated', 'bottlenecks_taken_up'],
    since: '2023-01',
    published: REVISION_PUBLISHED,
    what: {
      nl: 'Elke periode wordt beoordeeld zoals het register op de laatste dag ervan stond (uit de geschiedenis), niet met de status van vandaag. Uitkomst “onbekend” telt niet als geëvalueerd; “wetswijziging nodig” alleen als opgepakt na landelijke agendering of met een gestart experiment; “vervallen” telt niet mee. Onder 3 registeritems per regio: wel de aantallen en het percentage, geen score.',
      en: 'Each period is judged as the register stood on its last day (from the history), not with today’s status. Outcome “unknown” does not count as evaluated; “change in law needed” counts as taken up only after the national agenda or with a started experiment; “lapsed” is left out. Below 3 register entries per region: the counts and the percentage, no score.',
    },
    why: {
      nl: '2023-Q1 toonde in elke regio 100 % opgepakt, omdat de huidige status op het verleden werd toegepast; noemers van 0–6 per regio geven grillige percentages.',
      en: '2023-Q1 showed 100 % taken up in every region because today’s status was applied to the past; denominators of 0–6 per region give erratic percentages.',
    },
    storedMonths: {
      nl: 'Register-items zonder geschiedenis hebben hun huidige status vanaf de datum “status sinds”; daarvoor telt een knelpunt als gesignaleerd en een experiment als niet afgelopen.',
      en: 'Register entries without history have their current status from their “status since” date; before that a bottleneck counts as identified and an experiment as not ended.',
    },
  },
  {
    indicators: ['legal_aid_offered', 'children_heard', 'petitions_granted', 'legal_aid_used'],
    since: REVISION_SINCE,
    published: REVISION_PUBLISHED,
    what: {
      nl: 'De juridische keten: verzoeken tot onderzoek, raadsonderzoeken, beslissingen van de rechter (toegewezen, afgewezen, ingetrokken), kinderen van 12 jaar en ouder gehoord door de rechter, en rechtsbijstand aangeboden en gebruikt vanaf het moment dat een maatregel wordt overwogen.',
      en: 'The legal chain: requests for an investigation, Board investigations, court decisions (granted, rejected, withdrawn), children aged 12 and over heard by the judge, and legal aid offered and used from the moment a measure is considered.',
    },
    why: {
      nl: 'Rechtsbescherming is een van de vier basisprincipes; de consultatie vraagt om onafhankelijk onderzoek, de stem van het kind en rechtsbijstand zodra dwang wordt overwogen.',
      en: 'Legal protection is one of the four principles; the consultation asks for independent investigation, the child’s voice and legal aid as soon as compulsion is considered.',
    },
    storedMonths: NO_NEW_ELEMENTS,
  },
  {
    indicators: [],
    title: {
      nl: 'Intervallen en de samenvatting bovenaan de voortgangsrapportage',
      en: 'Intervals and the summary at the top of the progress report',
    },
    since: '2015-01',
    published: INTERVALS_PUBLISHED,
    what: {
      nl: 'Elke uitkomst per 10.000 kinderen krijgt een exact Poisson-interval, elk percentage van aantallen een Wilson-interval, en elk verschil met de basis of met hetzelfde kwartaal een jaar eerder een eigen interval; op pagina’s, in de JSON-API en in voortgang.csv (nieuwe kolommen ci_lower, ci_upper, ci_method achteraan). De voortgangsrapportage en de startpagina’s van manager en beoordelaar openen met een samenvatting die alleen een verandering claimt waar het interval “geen verandering” uitsluit.',
      en: 'Every outcome per 10,000 children gets an exact Poisson interval, every percentage of counts a Wilson interval, and every difference with the baseline or the same quarter a year earlier its own interval; on pages, in the JSON API and in voortgang.csv (new columns ci_lower, ci_upper, ci_method at the end). The progress report and the manager’s and reviewer’s start pages open with a summary that claims a change only where the interval excludes “no change”.',
    },
    why: {
      nl: 'Veranderingen stonden er zonder onzekerheid; een daling van 17% bij 128 maatregelen per kwartaal is binnen toeval, en kwartaal-op-kwartaal las de zomerdip als trend.',
      en: 'Changes were shown without their uncertainty; a 17% fall with 128 measures a quarter is within chance, and quarter on quarter read the summer dip as a trend.',
    },
    storedMonths: {
      nl: 'Geen definitie verandert: opgeslagen maanden geven dezelfde waarden, nu met hun interval. Voor beoordelaars uit dezelfde afgeronde aantallen als de waarde.',
      en: 'No definition changes: stored months give the same values, now with their interval. For reviewers from the same rounded counts as the value.',
    },
  },
  // baselines that stay visible and before/after done right (#23)
  {
    indicators: [],
    title: {
      nl: 'Basisperiode van elke indicator en uitkomst, en het verschil van het programmatotaal met de basis',
      en: 'The baseline of every indicator and outcome, and the programme total’s change from the baseline',
    },
    since: '2015-01',
    published: BASELINE_METHOD_PUBLISHED,
    what: {
      nl: 'Een basiswaarde gebruikt de maanden van de basisperiode die bekend zijn, als dat er minstens drie kwart zijn (9 van 12); het aantal gebruikte maanden staat erbij. Beoordelaars tellen hele afgeronde kwartalen (3 van 4). Het verschil van het programmatotaal met de basis telt alleen regio’s die nu én in de basis een waarde hebben, en noemt wie niet meetelt.',
      en: 'A baseline value uses the months of the baseline that are known, when they are at least three quarters of them (9 of 12); the number of months used is shown. Reviewers count whole rounded quarters (3 of 4). The programme total’s change from the baseline counts only regions with a value now and in the baseline, and names who is left out.',
    },
    why: {
      nl: 'Eén onbekende maand maakte de hele basis van een regio onbekend (“—” bij uithuisplaatsingen, gezagsbeëindigingen, blijvende veiligheid); het programmatotaal vergeleek nu zes regio’s met een basis van drie.',
      en: 'One unknown month made a region’s whole baseline unknown (“—” for placements, ended authority, lasting safety); the programme total compared six regions now with a baseline of three.',
    },
    storedMonths: {
      nl: 'Opgeslagen basisperiodes houden hun maanden. Een basis die door een onbekende maand onbekend was, krijgt een waarde over de bekende maanden; met minder dan 9 van 12 bekende maanden blijft zij onbekend (nooit 0). Het verschil van het programmatotaal met de basis kan daardoor veranderen.',
      en: 'Stored baselines keep their months. A baseline that an unknown month made unknown gets a value over the known months; with fewer than 9 of 12 known it stays unknown (never 0). The programme total’s change from the baseline can change with it.',
    },
  },
  {
    indicators: [],
    title: { nl: 'Voor en na van een experiment', en: 'An experiment’s before and after' },
    since: '2015-01',
    published: BASELINE_METHOD_PUBLISHED,
    what: {
      nl: 'Voor en na tellen de aantallen over hun maanden op (geen gemiddelde van kwartaalpercentages): twaalf hele maanden vóór de startmaand en vanaf de eerste hele maand na de start. De vergelijkingsgroep is de andere regio’s zonder lopend experiment op de indicator in die periode (een idee telt niet). Het verschil-in-verschillen heeft een 95%-interval, of de reden waarom het ontbreekt. Experimenten kunnen ook een uitkomst per 10.000 kinderen noemen. Beoordelaars zien hele afgeronde kwartalen.',
      en: 'Before and after add up the counts over their months (no mean of quarterly percentages): twelve whole months before the start month and from the first whole month after the start. The comparison group is the other regions without a running experiment on the indicator in that period (an idea does not count). The difference-in-differences has a 95% interval, or the reason it is missing. Experiments can also name an outcome per 10,000 children. Reviewers see whole rounded quarters.',
    },
    why: {
      nl: 'Het gemiddelde van kwartaalpercentages weegt kleine kwartalen te zwaar; het startkwartaal telde als “na” ook als twee maanden ervan vóór de start lagen; regio’s met alleen een idee vielen uit de vergelijkingsgroep; 16 van 29 paren hadden geen verschil-in-verschillen.',
      en: 'A mean of quarterly percentages weighs small quarters too heavily; the start quarter counted as “after” even when two of its months lay before the start; regions with only an idea fell out of the comparison group; 16 of 29 pairs had no difference-in-differences.',
    },
    storedMonths: {
      nl: 'Opgeslagen maanden en experimenten blijven zoals ze zijn; elk voor en na wordt met deze regels opnieuw berekend, dus de getoonde waarden kunnen veranderen. Een landelijke reeks is geen vergelijkingsgroep meer (zij heeft geen aantallen voor een interval).',
      en: 'Stored months and experiments stay as they are; every before and after is recomputed with these rules, so the values shown can change. A national series is no longer the comparison group (it has no counts for an interval).',
    },
  },
  // funnel plots and control charts (#23)
  {
    indicators: [],
    title: {
      nl: 'Regio’s vergelijken (trechterdiagram) en maandreeksen (controlekaarten)',
      en: 'Comparing regions (funnel plot) and monthly series (control charts)',
    },
    since: '2015-01',
    published: SPC_PUBLISHED,
    what: {
      nl: 'Regio’s worden standaard vergeleken in een trechterdiagram (elke regio bij haar omvang, met 95%- en 99,8%-grenzen rond het programma en een toets op overspreiding); het staafdiagram blijft te kiezen. Per indicator een controlekaart per maand met de vier regels van Making Data Count en een variatie-icoon op het overzicht en de regiopagina. Programmamanagers kunnen controlegrenzen na een bewuste verandering herberekenen, met reden.',
      en: 'Regions are compared by default in a funnel plot (each region at its size, with 95% and 99.8% limits around the programme and a test for over-dispersion); the bar chart can still be chosen. Per indicator a control chart per month with the four rules of Making Data Count and a variation icon on the overview and the region page. Programme managers can recalculate control limits after a deliberate change, with a reason.',
    },
    why: {
      nl: 'Een ranglijst van regio’s die vijfvoudig in omvang verschillen, en maanden gelezen als lijnen, lieten toeval voor verschil doorgaan.',
      en: 'A league table of regions that differ five-fold in size, and months read as lines, let chance pass for a difference.',
    },
    storedMonths: {
      nl: 'Geen definitie verandert: de opgeslagen maanden en hun waarden blijven zoals ze zijn; trechters en controlekaarten worden er bij het tonen uit berekend. Beoordelaars zien trechters uit de afgeronde kwartalen en geen controlekaarten (maanden worden hun niet getoond).',
      en: 'No definition changes: the stored months and their values stay as they are; funnels and control charts are computed from them when shown. Reviewers see funnels from the rounded quarters and no control charts (months are not shown to them).',
    },
  },
  // cbs (#24)
  {
    indicators: [],
    title: {
      nl: 'Referentiecijfers van CBS en het werkgebied als gemeenten',
      en: 'Reference figures from CBS and the scope as municipalities',
    },
    since: '2019-01',
    published: CBS_PUBLISHED,
    what: {
      nl: 'Programmamanagers halen CBS StatLine-tabellen op (of lezen de gedownloade bestanden in): bevolking 0–17 jaar, jeugdbeschermingstrajecten (gestart en lopend), jeugdhulp met verblijf en Veilig Thuis-meldingen, per gemeente en voor Nederland, met de status voorlopig, geheim of afgerond. Het werkgebied van een regio wordt een lijst gemeenten (CBS-codes) vanaf een maand, met delen van een gemeente apart gemarkeerd. De getypte CBS-reeks “gesloten zonder maatregel” van de demo is vervallen.',
      en: 'Programme managers fetch CBS StatLine tables (or upload the downloaded files): population aged 0–17, child-protection trajectories (started and running), youth care with stay and Veilig Thuis reports, per municipality and for the Netherlands, with the status provisional, secret or rounded. A region’s scope becomes a list of municipalities (CBS codes) from a month on, with parts of a municipality marked as such. The demo’s typed “CBS” series of families closed without a measure is gone.',
    },
    why: {
      nl: 'Een verandering in een proeftuin betekent pas iets naast wat elders gebeurde; die cijfers bestaan als open data per gemeente en hoeven niet te worden overgetypt. De vervallen demoreeks vergeleek met een statistiek die CBS niet publiceert.',
      en: 'A change in a pilot means something only beside what happened elsewhere; those figures exist as open data per municipality and need not be typed. The removed demo series compared with a statistic CBS does not publish.',
    },
    storedMonths: {
      nl: 'Opgeslagen maanden, getypte referentiereeksen en getypte werkgebieden blijven zoals ze zijn en heten voortaan “Getypt”. Het aantal kinderen in het werkgebied komt van CBS zodra het werkgebied uit hele gemeenten bestaat en CBS het jaar heeft; anders blijft de getypte schatting staan. Een latere CBS-levering vervangt voorlopige cijfers door definitieve en bewaart de oude.',
      en: 'Stored months, typed reference series and typed scopes stay as they are and are labelled “Typed”. The children in scope come from CBS once the scope consists of whole municipalities and CBS has the year; otherwise the typed estimate stands. A later CBS release replaces provisional figures by final ones and keeps the old.',
    },
  },
  // comparison groups from CBS figures (#24)
  {
    indicators: [],
    title: {
      nl: 'Vergelijkingsgroepen uit CBS-cijfers',
      en: 'Comparison groups from CBS figures',
    },
    since: '2015-01',
    published: COMPARISON_GROUPS_PUBLISHED,
    what: {
      nl: 'De uitkomsten nieuwe kinderbeschermingsmaatregelen en nieuwe veiligheidssignalen worden vergeleken met een groep uit CBS-cijfers per gemeente, per 10.000 kinderen per jaar op CBS’ eigen halfjaar of jaar: de gekozen vergelijkbare gemeenten, anders de rest van de jeugdzorgregio, anders Nederland (het programmatotaal met Nederland). Het verschil in verandering sinds de nulmeting heeft een 95%-interval. De eigen gemeenten volgens CBS staan ernaast als controle. Heringedeelde gemeenten tellen mee in het gebied van hun opvolger.',
      en: 'The outcomes new child-protection measures and new safety signals are compared with a group from CBS figures per municipality, per 10,000 children per year at CBS’s own half-year or year: the chosen similar municipalities, otherwise the rest of the youth-care region, otherwise the Netherlands (the programme total with the Netherlands). The difference in change since the baseline has a 95% interval. The own municipalities per CBS stand beside it as a check. Redivided municipalities count in their successor’s area.',
    },
    why: {
      nl: 'Een daling tegen de eigen basis zegt alleen iets naast wat er elders gebeurde: landelijk daalden de nieuwe maatregelen van 2021 op 2022 met bijna 20%.',
      en: 'A fall against the own baseline means something only beside what happened elsewhere: nationally, new measures fell almost 20% from 2021 to 2022.',
    },
    storedMonths: {
      nl: 'Geen definitie van de proeftuin verandert: de opgeslagen maanden en hun waarden blijven zoals ze zijn. CBS telt anders (naar de gemeente van inschrijving, trajecten in plaats van kinderen): de referentie is een vergelijking, geen controle op de eigen cijfers.',
      en: 'No definition of the pilot changes: the stored months and their values stay as they are. CBS counts differently (by the municipality of registration, trajectories instead of children): the reference is a comparison, not a check on the own figures.',
    },
  },
  // the summary compares like with like (#23)
  {
    indicators: [],
    title: {
      nl: 'De samenvatting vergelijkt dezelfde regio’s met de basis',
      en: 'The summary compares the same regions with the baseline',
    },
    since: '2015-01',
    published: INTERVALS_PUBLISHED,
    what: {
      nl: 'Het verschil met de basis in de samenvatting (voortgangsrapportage en startpagina’s) telt nu alleen de regio’s die in de periode én in de basis een waarde hebben, zoals het blok Uitkomsten en de indicatorpagina al deden; de regio’s die daardoor niet meetellen worden genoemd, met de reden. De waarde “nu” blijft het totaal van alle regio’s.',
      en: 'The difference with the baseline in the summary (progress report and start pages) now counts only the regions that have a value in the period and in the baseline, as the Outcomes block and the indicator page already did; the regions this leaves out are named, with the reason. The value “now” stays the total of all regions.',
    },
    why: {
      nl: 'Het totaal van alle regio’s tegen de basis van alleen de regio’s met een basis vergeleek verschillende groepen: een regio zonder basis verschoof het verschil.',
      en: 'The total of all regions against the baseline of only the regions with one compared different groups: a region without a baseline shifted the difference.',
    },
    storedMonths: {
      nl: 'Geen definitie verandert en geen opgeslagen maand wijzigt; het verschil en zijn interval worden bij het tonen opnieuw berekend en kunnen daardoor anders uitvallen dan eerder getoond.',
      en: 'No definition changes and no stored month changes; the difference and its interval are recomputed when shown and can therefore differ from what was shown before.',
    },
  },
  // withdrawing a recalculation of control limits (#23)
  {
    indicators: [],
    title: {
      nl: 'Een herberekening van controlegrenzen intrekken',
      en: 'Withdrawing a recalculation of control limits',
    },
    since: '2015-01',
    published: SPC_PUBLISHED,
    what: {
      nl: 'Een programmamanager kan een vastgelegde herberekening van controlegrenzen intrekken, met reden (vastgelegd in het auditlog). De controlekaart gebruikt dan weer de grenzen van daarvoor; de lijst van herberekeningen toont de herberekening en haar intrekking.',
      en: 'A programme manager can withdraw a recorded recalculation of control limits, with a reason (recorded in the audit log). The control chart then uses the limits before it again; the list of recalculations shows the recalculation and its withdrawal.',
    },
    why: {
      nl: 'Een herberekening vanaf de verkeerde maand liet zich niet herstellen: zij bleef de grenzen bepalen.',
      en: 'A recalculation from the wrong month could not be corrected: it kept setting the limits.',
    },
    storedMonths: {
      nl: 'Geen definitie verandert: de opgeslagen maanden blijven zoals ze zijn. Vastgelegde herberekeningen blijven gelden tot iemand ze intrekt; een ingetrokken herberekening blijft bewaard.',
      en: 'No definition changes: the stored months stay as they are. Recorded recalculations stay in force until someone withdraws them; a withdrawn recalculation is kept.',
    },
  },
  // experience per client route (#25)
  {
    indicators: [],
    title: {
      nl: 'Ervaring per route van de cliënt',
      en: 'Experience per client route',
    },
    since: '2015-01',
    published: EXPERIENCE_PUBLISHED,
    what: {
      nl: 'Het blok Ervaring toont voor ouders en jongeren naast het totaal een tabel per route (alleen lokaal team, veiligheidsteam zonder maatregel, met een maatregel), over dezelfde periode. Een route onder de 10 antwoorden wordt niet getoond; omdat het totaal de som van de routes is, wordt dan ook de route met de minste antwoorden verborgen, tot de verborgen routes samen minstens twee routes en 10 antwoorden zijn. Een totaal dat verborgen is, toont geen enkele route.',
      en: 'For parents and young people the Experience block shows, beside the total, a table per route (local team only, safety team without a measure, with a measure), over the same period. A route below 10 answers is not shown; because the total is the sum of the routes, the route with the fewest answers is then hidden too, until the hidden routes are at least two routes and 10 answers together. A hidden total shows no route.',
    },
    why: {
      nl: 'De routes opgeteld verbergen verschillen tussen gezinnen met en zonder maatregel, die de onderzoekers willen zien.',
      en: 'Adding the routes together hides differences between families with and without a measure, which the researchers want to see.',
    },
    storedMonths: {
      nl: 'Opgeslagen perioden hebben hun aantallen al per route: de tabel wordt eruit berekend, niets verandert. Het totaal per groep blijft zoals het was.',
      en: 'Stored periods already hold their counts per route: the table is computed from them, nothing changes. The total per group stays as it was.',
    },
  },
  // an outcome rate's baseline from reference data (#23)
  {
    indicators: [],
    title: {
      nl: 'De basis van een uitkomst per 10.000 kinderen uit referentiecijfers',
      en: 'The baseline of an outcome per 10,000 children from reference data',
    },
    since: '2015-01',
    published: BASELINE_METHOD_PUBLISHED,
    what: {
      nl: 'Een referentiereeks kan nu ook bij een uitkomst per 10.000 kinderen horen (kolom indicator: de code van de uitkomst, eenheid per10000). Een programmamanager kan daarmee, net als bij een indicator, de basis van die uitkomst vullen voor een basisperiode zonder maandcijfers; de bron staat erbij. Zo’n basis heeft geen aantallen: het programmatotaal noemt de regio als “basis uit referentiecijfers” en telt haar niet mee in het verschil.',
      en: 'A reference series can now also belong to an outcome per 10,000 children (column indicator: the outcome’s code, unit per10000). A programme manager can then, as for an indicator, fill that outcome’s baseline for a baseline period without monthly figures; its source is shown. Such a baseline has no counts: the programme total names the region as “baseline from reference data” and leaves it out of the difference.',
    },
    why: {
      nl: 'De regio’s begonnen hun eigen experimenten al in 2022, voor de eerste maandrapportage: zonder referentiecijfers had een uitkomst daar geen basis.',
      en: 'The regions began their own experiments in 2022, before the first monthly report: without reference data an outcome had no baseline there.',
    },
    storedMonths: {
      nl: 'Opgeslagen maanden en bases veranderen niet; een basis uit referentiecijfers geldt alleen waar de maanden er geen geven.',
      en: 'Stored months and baselines do not change; a baseline from reference data applies only where the months give none.',
    },
  },
  // control charts of the outcome rates (#23)
  {
    indicators: [],
    title: {
      nl: 'Controlekaarten voor de uitkomsten per 10.000 kinderen',
      en: 'Control charts for the outcomes per 10,000 children',
    },
    since: '2015-01',
    published: SPC_PUBLISHED,
    what: {
      nl: 'Op de regiopagina is naast de indicatoren ook elke uitkomst per 10.000 kinderen als controlekaart te kiezen: een u-kaart van de nieuwe gevallen van elke maand over de kindjaren van die maand (het werkgebied dat toen gold), met grenzen uit de basisperiode van de regio. Een uitkomst heeft geen streefwaarde: een bijzondere maand heet “bijzonder, zonder richting”.',
      en: 'On the region page each outcome per 10,000 children can be chosen as a control chart besides the indicators: a u-chart of each month’s new cases over that month’s child-years (the scope in force then), with limits from the region’s baseline. An outcome has no target: a special month is called “special, without direction”.',
    },
    why: {
      nl: 'De uitkomsten per maand werden als lijn gelezen; niets liet zien of een maand bijzonder was.',
      en: 'The outcomes per month were read as a line; nothing showed whether a month was special.',
    },
    storedMonths: {
      nl: 'Geen definitie verandert; de kaarten worden bij het tonen uit de opgeslagen maanden berekend. Beoordelaars zien ze niet (maanden worden hun niet getoond).',
      en: 'No definition changes; the charts are computed from the stored months when shown. Reviewers do not see them (months are not shown to them).',
    },
  },
  // experience items as experiments' targets (#25)
  {
    indicators: [],
    title: {
      nl: 'Experimenten kunnen een ervaringsvraag als doel noemen',
      en: 'Experiments can name an experience item as their target',
    },
    since: '2015-01',
    published: EXPERIENCE_PUBLISHED,
    what: {
      nl: 'Een experiment kan naast indicatoren en uitkomsten ook ervaringsvragen noemen. Het krijgt dan hetzelfde voor en na: het aandeel dat instemt in de vier kwartalen (professionals: twee halfjaren) voor de start en vanaf het eerste hele kwartaal erna, opgeteld over de kwartalen, naast de regio’s zonder lopend experiment op die vraag, met het verschil-in-verschillen en zijn 95%-interval (Wilson, Newcombe). Een kwartaal waarin de start valt telt aan geen van beide kanten mee. Onder de 10 antwoorden wordt een aandeel niet getoond, zoals in het blok Ervaring.',
      en: 'Besides indicators and outcomes, an experiment can name experience items. It then gets the same before and after: the share agreeing in the four quarters (professionals: two half-years) before the start and from the first whole quarter after it, pooled over the quarters, beside the regions without a running experiment on that item, with the difference-in-differences and its 95% interval (Wilson, Newcombe). A quarter in which the start falls counts on neither side. A share is not shown below 10 answers, as in the Experience block.',
    },
    why: {
      nl: 'Veel experimenten willen vooral veranderen hoe gezinnen en professionals het ervaren; dat liet zich niet naast hun doel leggen.',
      en: 'Many experiments mainly aim to change how families and professionals experience the work; that could not be held against their aim.',
    },
    storedMonths: {
      nl: 'Opgeslagen experimenten en ervaringsaantallen veranderen niet; het voor en na wordt bij het tonen berekend.',
      en: 'Stored experiments and experience counts do not change; the before and after is computed when shown.',
    },
  },
  // cbs (#24): the rates per 10,000 children over CBS's population
  {
    indicators: [],
    title: {
      nl: 'De uitkomsten per 10.000 kinderen rekenen met het CBS-aantal kinderen',
      en: 'The outcomes per 10,000 children use CBS’s number of children',
    },
    since: '2015-01',
    published: CBS_POPULATION_PUBLISHED,
    what: {
      nl: 'Een uitkomst per 10.000 kinderen deelt door de kinderen 0–17 jaar op 1 januari volgens CBS (StatLine 03759ned), opgeteld over de gemeenten van de scope in die maand, waar de scope uit hele gemeenten bestaat en CBS het jaar voor elke gemeente heeft. Anders, zoals bij een deel van Amsterdam of Rotterdam, een geheim cijfer of een jaar dat CBS nog niet heeft, blijft het getypte aantal van de scope gelden. Bij elk cijfer staat welke het is: “CBS” of “Getypt”. Zonder een van beide is de uitkomst onbekend, niet 0.',
      en: 'An outcome per 10,000 children divides by the children aged 0–17 on 1 January per CBS (StatLine 03759ned), summed over the scope’s municipalities in that month, where the scope is whole municipalities and CBS has the year for each of them. Otherwise, as for part of Amsterdam or Rotterdam, a secret figure or a year CBS does not have yet, the scope’s typed number still applies. Each figure says which: “CBS” or “Typed”. Without either the outcome is unknown, not 0.',
    },
    why: {
      nl: 'Het aantal kinderen in de scope was een schatting, terwijl CBS het per gemeente publiceert; niemand hoort CBS-cijfers over te typen.',
      en: 'The number of children in scope was an estimate, while CBS publishes it per municipality; nobody should have to retype CBS figures.',
    },
    storedMonths: {
      nl: 'De opgeslagen aantallen veranderen niet. De uitkomsten per 10.000 kinderen van opgeslagen maanden worden bij het tonen opnieuw berekend: vanaf de maand waarin een regio haar gemeenten heeft en CBS het jaar heeft, met het CBS-aantal; daarvoor, en waar CBS het niet dekt, met het getypte aantal zoals voorheen. Een latere CBS-levering (voorlopig naar definitief) verandert die uitkomsten mee.',
      en: 'Stored counts do not change. The outcomes per 10,000 children of stored months are computed again when shown: from the month a region has its municipalities and CBS has the year, over CBS’s number; before that, and where CBS does not cover it, over the typed number as before. A later CBS delivery (provisional to final) changes those outcomes with it.',
    },
  },
  // cbs (#24): a baseline from CBS's pre-pilot years of up to 48 months
  {
    indicators: [],
    title: {
      nl: 'Een CBS-basis vóór de pilot kan 2019–2022 beslaan',
      en: 'A CBS baseline before the pilot can span 2019–2022',
    },
    since: '2019-01',
    published: CBS_BASELINE_SPAN_PUBLISHED,
    what: {
      nl: 'De basis van een uitkomst uit CBS-cijfers vóór de pilot (nieuwe kinderbeschermingsmaatregelen) krijgt een eigen periode: hele CBS-halfjaren binnen 2019–2022, tot 48 maanden, los van de basisperiode van de eigen maanden (die blijft hoogstens 24 maanden). Het CBS-aantal en de kindjaren worden bij de basis bewaard: de verandering ertegen en het verschil in verandering met de vergelijkingsgroep krijgen een 95%-interval, en de vergelijkingsgroep wordt over dezelfde CBS-perioden genomen.',
      en: 'An outcome’s baseline from CBS figures before the pilot (new child-protection measures) gets a span of its own: whole CBS half-years within 2019–2022, up to 48 months, apart from the baseline of the own months (which stays at most 24 months). CBS’s count and child-years are kept with the baseline: the change against it and the difference in change with the comparison group get a 95% interval, and the comparison group is taken over the same CBS periods.',
    },
    why: {
      nl: 'De proeftuinen rapporteren sinds 2023; de jaren vóór de pilot bestaan alleen bij CBS. Vier jaar zegt meer over het niveau vóór de pilot dan twee, zonder te veranderen wat de maanden van elke andere basis betekenen.',
      en: 'The pilots report since 2023; the years before the pilot exist only at CBS. Four years say more of the level before the pilot than two, without changing what the months of every other baseline mean.',
    },
    storedMonths: {
      nl: 'Opgeslagen maanden en basisperioden veranderen niet. Een al gevulde CBS-basis houdt haar waarde en periode; haar CBS-aantal en kindjaren worden bij de upgrade uit de auditregel van het vullen gehaald, zodat ook zij een interval krijgt. Een basis uit een getypte reeks heeft geen aantallen en blijft zonder interval. Een kortere of langere periode kiest een manager door de basis opnieuw te vullen.',
      en: 'Stored months and baselines do not change. A CBS baseline already filled keeps its value and span; its CBS count and child-years are taken from the audit entry of the fill on upgrade, so it gets an interval too. A baseline from a typed series has no counts and stays without an interval. A manager chooses a shorter or longer span by filling the baseline again.',
    },
  },
];

/**
 * A change's identity in the log: one indicator can change in more than one revision, and two
 * revisions can start in the same month, so the release day and the indicators (or the title)
 * together.
 */
export function definitionChangeKey(change: DefinitionChange): string {
  // a change about no indicators (every reviewer's figure, the intervals) is told apart by its title
  return `${change.published} ${change.indicators.join(',') || (change.title?.en ?? '')}`;
}
