/**
 * What each indicator (indicators.ts) means in words, and where its target and floor come from.
 *
 * Pure data, kept apart from the indicators and server-only so that it stays out of the browser's
 * JavaScript (issue 26: every page that names an indicator loaded these texts): the pages that show
 * them (the indicator's page, /help) get them from their loader, in the user's language. A component
 * that imports this module fails the build.
 */
import type { Lang, Text } from './lang';

export interface IndicatorTexts {
  explanation: Text;
  /** where the target and floor come from (a public source, or the programme's own choice) */
  source: Text;
}

const PROGRAMME: Text = {
  nl: 'Ambitie van het programma (standaard van de monitor; programmamanagers kunnen hem aanpassen). Geen externe norm bekend.',
  en: 'The programme’s ambition (the monitor’s default; programme managers can change it). No external norm known.',
};
const NO_TARGET: Text = {
  nl: 'Uitkomst: getoond met trend, zonder streefwaarde en buiten de scores per basisprincipe.',
  en: 'Outcome: shown with its trend, without a target and outside the scores per principle.',
};

/** Every indicator's texts, keyed by its code (indicators.test.ts checks both ways). */
export const INDICATOR_TEXTS: Readonly<Record<string, IndicatorTexts>> = {
  days_to_help: {
    explanation: {
      nl: 'Mediaan aantal dagen van het eerste signaal tot de start van passende hulp, over de gezinnen bij wie de hulp in de maand startte én de gezinnen die aan het eind van de maand nog wachten. Een wachtend gezin telt met zijn wachttijd tot dan (een gecensureerde wachttijd): zo maakt langer laten wachten de mediaan niet korter. Omdat die wachttijden nog doorlopen, is de uitkomst een ondergrens. Gewogen naar het aantal gestarte en wachtende gezinnen; over regio’s en maanden een benadering.',
      en: 'Median days from the first signal to the start of suitable help, over the families whose help started in the month and the families still waiting at month end. A waiting family counts with its wait so far (a censored wait), so letting families wait longer never shortens the median. As those waits continue, the result is a lower bound. Weighted by the number of families started and waiting; across regions and months an approximation.',
    },
    source: PROGRAMME,
  },
  waiting_over_norm: {
    explanation: {
      nl: 'Gezinnen die aan het eind van de periode langer dan 6 weken na het eerste signaal nog op passende hulp wachten, per 100 actieve gezinnen.',
      en: 'Families still waiting for suitable help more than 6 weeks after the first signal at the end of the period, per 100 active families.',
    },
    source: PROGRAMME,
  },
  triage_on_time: {
    explanation: {
      nl: 'Aandeel van alle getrieerde zaken (enkelvoudig, complex, meervoudig complex) dat binnen 5 werkdagen is getrieerd.',
      en: 'Share of all triaged cases (simple, complex, multi-complex) triaged within 5 working days.',
    },
    source: {
      nl: 'Norm van 5 werkdagen uit het Handelingsprotocol Veilig Thuis; landelijk haalt Veilig Thuis die termijn in ongeveer 60 % van de meldingen (Inspectie Gezondheidszorg en Jeugd / Inspectie Justitie en Veiligheid, toezicht op Veilig Thuis). Ondergrens 50 % ligt onder dat landelijke niveau, streefwaarde 90 % is de ambitie van het programma.',
      en: 'The 5-working-day norm of the Veilig Thuis protocol; nationally Veilig Thuis meets it for about 60 % of reports (Health and Youth Care Inspectorate / Justice and Security Inspectorate, supervision of Veilig Thuis). The floor of 50 % lies below that national level; the target of 90 % is the programme’s ambition.',
    },
  },
  handovers_per_case: {
    explanation: {
      nl: 'Overdrachten tussen lokaal team en RVT ná de eerste opschaling en de eerste afschaling van elk gezin, per afgesloten gezin dat bij het RVT was. Eén keer opschalen en één keer terug telt niet: dat is de bedoelde route. Alleen ter duiding, zonder score: het heen en weer wordt gescoord met “Opnieuw opgeschaald”, en een regio die nooit opschaalt mag daar geen voordeel van hebben.',
      en: 'Handovers between local team and RVT after each family’s first escalation and first hand-back, per closed family that was at the RVT. Escalating once and being handed back once do not count: that is the intended route. For context only, without a score: the back and forth is scored by “Escalated again”, and a region that never escalates must gain nothing by it.',
    },
    source: NO_TARGET,
  },
  reescalation: {
    explanation: {
      nl: 'Van de afgesloten gezinnen die ten minste één keer aan het lokale team zijn teruggegeven: het aandeel dat daarna opnieuw naar het RVT is opgeschaald. Het heen en weer waar de consultatie voor waarschuwt; alleen wie is teruggegeven kan opnieuw worden opgeschaald, dus een regio die nooit opschaalt of nooit teruggeeft heeft hier geen waarde.',
      en: 'Of the closed families handed back to the local team at least once: the share escalated to the RVT again afterwards. The back and forth the consultation warns about; only a family handed back can be escalated again, so a region that never escalates or never hands back has no value here.',
    },
    source: PROGRAMME,
  },
  orgs_per_family: {
    explanation: {
      nl: 'Gemiddeld aantal betrokken organisaties per actief RVT-gezin, gewogen naar het aantal actieve RVT-gezinnen (benadering).',
      en: 'Mean number of organisations involved per active RVT family, weighted by active RVT families (approximation).',
    },
    source: PROGRAMME,
  },
  one_contact: {
    explanation: {
      nl: 'Aandeel actieve gezinnen (lokaal team + RVT) met één vaste contactpersoon of duo, aan het eind van de periode.',
      en: 'Share of active families (local team + RVT) with one fixed contact or duo, at the end of the period.',
    },
    source: PROGRAMME,
  },
  one_plan: {
    explanation: {
      nl: 'Aandeel actieve gezinnen met één plan voor het hele huishouden, aan het eind van de periode.',
      en: 'Share of active families with one plan covering the whole household, at the end of the period.',
    },
    source: PROGRAMME,
  },
  analysis_on_time: {
    explanation: {
      nl: 'Van de gezinnen van wie de termijn van 6 weken na intake in de periode afliep: het aandeel met een gezinsbrede verklarende analyse op tijd.',
      en: 'Of the families whose 6-week deadline after intake fell in the period: the share with a family-wide explanatory analysis on time.',
    },
    source: PROGRAMME,
  },
  adult_mh_involved: {
    explanation: {
      nl: 'Aandeel gezinnen met een ggz- of verslavingsvraag bij een ouder waarbij de volwassenen-ggz betrokken is.',
      en: 'Share of families with a parent’s mental-health or addiction need in which adult mental-health care is involved.',
    },
    source: PROGRAMME,
  },
  family_setting: {
    explanation: {
      nl: 'Aandeel nieuwe uithuisplaatsingen in een gezinsvorm (pleeggezin, gezinshuis).',
      en: 'Share of new out-of-home placements in a family setting (foster family, family home).',
    },
    source: {
      nl: 'Ambitie van het programma, in lijn met de Hervormingsagenda Jeugd (2023): zo veel mogelijk plaatsen in een gezinsvorm.',
      en: 'The programme’s ambition, in line with the Youth Reform Agenda (Hervormingsagenda Jeugd, 2023): place in a family setting wherever possible.',
    },
  },
  independent_review: {
    explanation: {
      nl: 'Aandeel verzoekschriften aan de kinderrechter waaraan een onafhankelijke toets voorafging, over de verzoekschriften waarvoor die toets geldt: alle verzoekschriften min die van de gecertificeerde instelling zelf (haar verzoeken tot verlenging en haar eigen eerste verzoeken, zoals een machtiging uithuisplaatsing binnen een lopende ondertoezichtstelling). Die toetst de Raad volgens de wet niet.',
      en: 'Share of petitions to the juvenile court preceded by an independent review, over the petitions the review applies to: all petitions minus those of the certified institution itself (its requests for extension and its own first requests, such as an out-of-home placement authorisation within a running supervision order). By law the Board does not review those.',
    },
    source: {
      nl: 'Het Toekomstscenario en de consultatie (Raad voor de Kinderbescherming, Raad voor de Rechtspraak): vóór elk eerste verzoek een onafhankelijke toets.',
      en: 'The future scenario and the consultation (Child Protection Board, Council for the Judiciary): an independent review before every first petition.',
    },
  },
  legal_aid_offered: {
    explanation: {
      nl: 'Aandeel gezinnen bij wie een kinderbeschermingsmaatregel wordt overwogen en aan wie vanaf dat moment kosteloze rechtsbijstand is aangeboden.',
      en: 'Share of families for whom a child protection measure is considered who were offered free legal aid from that moment.',
    },
    source: {
      nl: 'Consultatie (SamenWerkingsVerband van Ouders met Jeugdzorg): rechtsbijstand vanaf het moment dat een gedwongen maatregel wordt overwogen; landelijke pilot kosteloze rechtsbijstand (2023).',
      en: 'Consultation (parents’ association SamenWerkingsVerband): legal aid from the moment a compulsory measure is considered; national free legal aid pilot (2023).',
    },
  },
  legal_aid: {
    explanation: {
      nl: 'Aandeel zaken over een machtiging uithuisplaatsing of gezagsbeëindiging waarin de ouders door een advocaat werden bijgestaan.',
      en: 'Share of cases about an out-of-home placement authorisation or termination of authority in which the parents had a lawyer.',
    },
    source: PROGRAMME,
  },
  children_heard: {
    explanation: {
      nl: 'Aandeel kinderen van 12 jaar of ouder in zaken bij de kinderrechter dat door de rechter is gehoord.',
      en: 'Share of children aged 12 or over in juvenile court cases who were heard by the judge.',
    },
    source: {
      nl: 'Wettelijk recht van kinderen van 12 jaar en ouder om gehoord te worden (art. 809 Wetboek van Burgerlijke Rechtsvordering); streefwaarde is de ambitie van het programma.',
      en: 'The statutory right of children aged 12 and over to be heard (art. 809 Dutch Code of Civil Procedure); the target is the programme’s ambition.',
    },
  },
  informed_rights: {
    explanation: {
      nl: 'Nieuwe gezinnen die schriftelijk over hun rechten zijn geïnformeerd en cliëntondersteuning kregen aangeboden, per 100 intakes.',
      en: 'New families informed in writing of their rights and offered client support, per 100 intakes.',
    },
    source: PROGRAMME,
  },
  child_voice: {
    explanation: {
      nl: 'Aandeel kinderen in lopende zaken van wie de eigen mening in het plan staat, aan het eind van de periode.',
      en: 'Share of children in active cases whose own view is recorded in the plan, at the end of the period.',
    },
    source: PROGRAMME,
  },
  waiting_guardian: {
    explanation: {
      nl: 'Aandeel kinderen met een lopende maatregel zonder vaste jeugdbeschermer, aan het eind van de periode.',
      en: 'Share of children with a running measure without a fixed child protection worker, at the end of the period.',
    },
    source: {
      nl: 'Landelijk wacht ongeveer 5 % van de kinderen met een maatregel op een vaste jeugdbeschermer (wachtlijstcijfers van de gecertificeerde instellingen, Jeugdzorg Nederland, 2023–2024). Ondergrens 8 % ligt boven, streefwaarde 1 % ruim onder dat niveau.',
      en: 'Nationally about 5 % of children with a measure wait for a fixed child protection worker (certified institutions’ waiting-list figures, Jeugdzorg Nederland, 2023–2024). The floor of 8 % lies above that level, the target of 1 % well below it.',
    },
  },
  complaints_on_time: {
    explanation: {
      nl: 'Van de klachten waarvan de afhandeltermijn in de periode afliep: het aandeel dat binnen de termijn is afgehandeld.',
      en: 'Of the complaints whose handling term ended in the period: the share handled within the term.',
    },
    source: PROGRAMME,
  },
  experiments_evaluated: {
    explanation: {
      nl: 'Van de experimenten die op de laatste dag van de periode waren afgelopen (einddatum tot en met die dag, status evaluatie, geborgd of gestopt): het aandeel met een vastgelegde uitkomst anders dan “onbekend”, zoals het register op die dag was.',
      en: 'Of the experiments that had ended on the last day of the period (end date up to that day, status evaluation, embedded or stopped): the share with a recorded outcome other than “unknown”, as the register stood on that day.',
    },
    source: PROGRAMME,
  },
  bottlenecks_taken_up: {
    explanation: {
      nl: 'Van de knelpunten gesignaleerd tot en met de laatste dag van de periode: het aandeel dat op die dag in analyse, landelijk geagendeerd, in een experiment (experimenteerwet nodig) of opgelost was, volgens de geschiedenis van het register. “Wetswijziging nodig” telt alleen als opgepakt wanneer het knelpunt ook landelijk is geagendeerd of aan een experiment hangt; “vervallen” telt niet mee.',
      en: 'Of the bottlenecks identified up to the last day of the period: the share that on that day was in analysis, on the national agenda, in an experiment (experimental law needed) or resolved, according to the register’s history. “Change in law needed” only counts as taken up when the bottleneck was also put on the national agenda or is linked to an experiment; “lapsed” is left out.',
    },
    source: PROGRAMME,
  },
  reflection_experts: {
    explanation: {
      nl: 'Aandeel reflectiebijeenkomsten met ten minste één ervaringsdeskundige.',
      en: 'Share of reflection sessions attended by at least one person with lived experience.',
    },
    source: PROGRAMME,
  },
  client_experience: {
    explanation: {
      nl: 'Gemiddeld rapportcijfer van cliënten, gewogen naar het aantal ingevulde vragenlijsten (benadering). Vervallen: vanaf december 2026 niet meer gevraagd, vervangen door de ervaringsvragen (blok “Ervaring”); opgeslagen maanden blijven leesbaar en tellen mee zoals voorheen.',
      en: 'Mean client rating, weighted by the number of completed questionnaires (approximation). Retired: no longer asked from December 2026, replaced by the experience items (the “Experience” block); stored months stay readable and count as before.',
    },
    source: PROGRAMME,
  },
  training_per_fte: {
    explanation: {
      nl: 'Scholingsuren gedeeld door de bezette fte, opgeteld over de maanden (gemiddelde bezetting × aantal maanden): uren per fte per maand.',
      en: 'Training hours divided by filled FTE summed over the months (average staffing × number of months): hours per FTE per month.',
    },
    source: PROGRAMME,
  },
  vacancy_rate: {
    explanation: {
      nl: 'Openstaande vacatures gedeeld door bezette fte plus openstaande vacatures, aan het eind van de periode.',
      en: 'Open vacancies divided by filled FTE plus open vacancies, at the end of the period.',
    },
    source: PROGRAMME,
  },
  turnover: {
    explanation: {
      nl: 'Uitstroom gedeeld door het gemiddelde aantal medewerkers, omgerekend naar een jaar (× 12 / aantal maanden).',
      en: 'Staff who left divided by average headcount, annualised (× 12 / number of months).',
    },
    source: PROGRAMME,
  },
  sick_leave: {
    explanation: {
      nl: 'Verzuimdagen gedeeld door beschikbare dagen.',
      en: 'Sick days divided by available days.',
    },
    source: {
      nl: 'Het verzuim in de jeugdzorg ligt rond 7 % (Vernet/CBS, sector zorg en welzijn); streefwaarde 5 % is het gemiddelde van alle sectoren, ondergrens 10 % ligt ruim boven het sectorniveau.',
      en: 'Sickness absence in youth care is around 7 % (Vernet/CBS, health and welfare sector); the target of 5 % is the all-sector average, the floor of 10 % lies well above the sector level.',
    },
  },
  caseload_local: {
    explanation: {
      nl: 'Actieve gezinnen van het lokale team per bezette fte van het lokale team (veiligheid), aan het eind van de periode.',
      en: 'Active families of the local team per filled FTE of the local team (safety), at the end of the period.',
    },
    source: {
      nl: 'Geen landelijke norm voor lokale teams bekend; streefwaarde en ondergrens zijn de ambitie van het programma (lokale teams werken met lichtere trajecten dan het RVT of een jeugdbeschermer).',
      en: 'No national norm for local teams known; target and floor are the programme’s ambition (local teams work with lighter cases than the RVT or a child protection worker).',
    },
  },
  caseload_rvt: {
    explanation: {
      nl: 'Actieve RVT-gezinnen per bezette fte van het regionaal veiligheidsteam, aan het eind van de periode.',
      en: 'Active RVT families per filled FTE of the regional safety team, at the end of the period.',
    },
    source: {
      nl: 'Geen landelijke norm voor het RVT bekend; de ambitie van het programma, onder de norm van een jeugdbeschermer (8 à 9 gezinnen) omdat het RVT de zwaarste onveiligheid draagt.',
      en: 'No national norm for the RVT known; the programme’s ambition, below a child protection worker’s norm (8 to 9 families) as the RVT carries the most serious unsafety.',
    },
  },
  caseload: {
    explanation: {
      nl: 'Kinderen met een lopende maatregel per bezette fte jeugdbeschermer van de gecertificeerde instelling voor dezelfde gemeenten, aan het eind van de periode.',
      en: 'Children with a running measure per filled FTE of the certified institution’s child protection workers for the same municipalities, at the end of the period.',
    },
    source: {
      nl: 'Normen van de sector: een jeugdbeschermer werkt met ongeveer 15 kinderen per fte (Jeugdzorg Nederland, normering caseload gecertificeerde instellingen). Streefwaarde 15; bij 20 kinderen per fte is de score 0.',
      en: 'The sector’s norms: a child protection worker works with about 15 children per FTE (Jeugdzorg Nederland, caseload norm of the certified institutions). Target 15; at 20 children per FTE the score is 0.',
    },
  },
  recurrence_after_closure: {
    explanation: {
      nl: 'Van de gezinnen die twaalf maanden eerder zijn afgesloten: het aandeel waarover sindsdien een nieuw veiligheidssignaal is binnengekomen (opnieuw gemeld / afgesloten 12 maanden eerder). Lager is beter. Elke maand kijkt naar de afsluitingen van een jaar eerder, dus de basisperiode van deze uitkomst is het jaar ná de basisperiode van de regio: dan worden de gezinnen gevolgd die in de basisperiode zijn afgesloten.',
      en: 'Of the families closed twelve months earlier: the share about whom a new safety signal has been received since (reported again / closed twelve months earlier). Lower is better. Each month looks at the closures of a year earlier, so this outcome’s baseline is the year after the region’s baseline: it follows the families closed during the baseline.',
    },
    source: {
      nl: 'Uitkomst zonder streefwaarde, vergeleken met de eigen basisperiode. Niet te vergelijken met het landelijke aandeel herhaalde meldingen bij Veilig Thuis (ongeveer 38 % van de meldingen gaat over een eerder gemeld gezin): dat is een aandeel van de meldingen, dit een aandeel van de afgesloten gezinnen.',
      en: 'Outcome without a target, compared with the region’s own baseline. Not comparable with the national share of repeat reports at Veilig Thuis (about 38 % of reports concern a family reported before): that is a share of reports, this a share of closed families.',
    },
  },
  recurrence_without_measure: {
    explanation: {
      nl: 'Van de gezinnen die twaalf maanden eerder zijn afgesloten zonder kinderbeschermingsmaatregel: het aandeel dat sindsdien opnieuw is gemeld. De veiligheidstoets van het afbuigen van maatregelen: stijgt dit terwijl meer gezinnen zonder maatregel worden afgesloten, dan is de veiligheid niet blijvend. Basisperiode: het jaar ná die van de regio.',
      en: 'Of the families closed twelve months earlier without a child protection measure: the share reported again since. The safety check of diverting families from a measure: if it rises while more families close without a measure, safety does not last. Baseline: the year after the region’s.',
    },
    source: NO_TARGET,
  },
  recurrence_with_measure: {
    explanation: {
      nl: 'Van de gezinnen die twaalf maanden eerder zijn afgesloten met een kinderbeschermingsmaatregel (afgesloten min afgesloten zonder maatregel): het aandeel dat sindsdien opnieuw is gemeld. Ter vergelijking met de gezinnen zonder maatregel. Basisperiode: het jaar ná die van de regio.',
      en: 'Of the families closed twelve months earlier with a child protection measure (closed minus closed without a measure): the share reported again since. For comparison with the families without a measure. Baseline: the year after the region’s.',
    },
    source: NO_TARGET,
  },
  closed_without_measure: {
    explanation: {
      nl: 'Van de afgesloten gezinnen die bij het RVT waren: het aandeel zonder kinderbeschermingsmaatregel. Geen streefwaarde: een hoger aandeel is alleen goed als de veiligheid blijvend is, en een nodige maatregel vermijden is geen succes.',
      en: 'Of the closed families that were at the RVT: the share without a child protection measure. No target: a higher share is only good when safety lasts, and avoiding a needed measure is no success.',
    },
    source: NO_TARGET,
  },
  escalation_rate: {
    explanation: {
      nl: 'Opschalingen van lokaal team naar regionaal veiligheidsteam per 100 nieuwe veiligheidssignalen. Alleen ter duiding, zonder score: opschalen waar het nodig is, is goed.',
      en: 'Escalations from local team to regional safety team per 100 new safety signals. For context only, without a score: escalating where needed is good.',
    },
    source: NO_TARGET,
  },
  petitions_granted: {
    explanation: {
      nl: 'Van de verzoeken waarop de kinderrechter besliste of die werden ingetrokken: het aandeel dat is toegewezen (toegewezen / (toegewezen + afgewezen + ingetrokken)).',
      en: 'Of the petitions the juvenile court decided or that were withdrawn: the share granted (granted / (granted + rejected + withdrawn)).',
    },
    source: NO_TARGET,
  },
  investigations_without_petition: {
    explanation: {
      nl: 'Van de raadsonderzoeken die in de periode zijn afgerond: het aandeel dat eindigde zonder verzoekschrift bij de kinderrechter. Geen streefwaarde: een onderzoek dat uitwijst dat geen maatregel nodig is, is net zo goed een uitkomst van een werkende toets.',
      en: 'Of the Board investigations completed in the period: the share that ended without a petition to the juvenile court. No target: an investigation finding that no measure is needed is as much the outcome of a review that works.',
    },
    source: NO_TARGET,
  },
  request_to_decision: {
    explanation: {
      nl: 'Mediaan kalenderdagen tussen de ontvangst van een verzoek tot onderzoek door de Raad en het besluit waarmee het onderzoek eindigt (verzoekschrift bij de kinderrechter of afsluiten zonder), over de onderzoeken die in de periode zijn afgerond; gewogen naar het aantal afgeronde onderzoeken (benadering). Zolang een gezin wacht, is de onzekerheid het grootst.',
      en: 'Median calendar days between the Board’s receipt of a request for an investigation and the decision that ends the investigation (a petition to the juvenile court, or closing without one), over the investigations completed in the period; weighted by the number completed (approximation). While a family waits, its uncertainty is greatest.',
    },
    source: NO_TARGET,
  },
  legal_aid_used: {
    explanation: {
      nl: 'Van de gezinnen aan wie rechtsbijstand is aangeboden: het aandeel dat er gebruik van maakt. Ouders kiezen zelf; daarom geen streefwaarde.',
      en: 'Of the families offered legal aid: the share that uses it. Parents choose for themselves, hence no target.',
    },
    source: NO_TARGET,
  },
};

/** An indicator's explanation and source in one language: what a page's loader sends. */
export function indicatorTexts(code: string, lang: Lang): { explanation: string; source: string } {
  const texts = INDICATOR_TEXTS[code];
  return { explanation: texts?.explanation[lang] ?? '', source: texts?.source[lang] ?? '' };
}
