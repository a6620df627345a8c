/**
 * The help text of each data element of the monthly report (catalogue.ts holds the elements): exactly
 * what to count, over which period, and from which source.
 *
 * Pure data, kept apart from the catalogue and server-only so that it stays out of the browser's
 * JavaScript (issue 26: the texts were most of the catalogue's chunk, loaded by every page that
 * imports the catalogue): the pages that show a help text (the report form, /help) get it from their
 * loader, in the user's language. A component that imports this module fails the build.
 *
 * Conventions used in the help texts:
 * - flow elements count what happened in the reporting month (first to last day);
 * - stock elements give the level on the last day of the reporting month;
 * - weighted elements are a median or mean, combined across regions and months
 *   weighted by the element named in `weight`.
 */

import type { SectionCode } from './catalogue';
import type { Lang, Text } from './lang';

const FLOW_NL = 'Periode: de verslagmaand (eerste tot en met laatste dag).';
const FLOW_EN = 'Period: the reporting month (first to last day).';
const STOCK_NL = 'Peildatum: de laatste dag van de verslagmaand.';
const STOCK_EN = 'Reference date: the last day of the reporting month.';

/** What each section of the form is about, shown under its heading. */
export const SECTION_HELP: Readonly<Record<SectionCode, Text>> = {
  signals: {
    nl: 'Hoeveel veiligheidssignalen binnenkomen, hoe ze in de triage worden beoordeeld en hoe vaak wordt op- of afgeschaald tussen lokaal team en regionaal veiligheidsteam (RVT).',
    en: 'How many safety signals come in, how triage assesses them, and how often cases move up to or back from the regional safety team (RVT).',
  },
  families: {
    nl: 'Welke gezinnen in beeld zijn bij het lokale team en het RVT, hoe snel passende hulp start en hoeveel organisaties bij een gezin betrokken zijn.',
    en: 'Which families are known to the local team and the RVT, how quickly suitable help starts, and how many organisations are involved with a family.',
  },
  family_work: {
    nl: 'Eén gezin, één plan, één vast gezicht: het hele huishouden in beeld, inclusief psychische problemen en verslaving bij ouders, en plaatsing in een gezinsvorm waar uithuisplaatsing nodig is.',
    en: 'One family, one plan, one fixed face: the whole household in view, including parents’ mental-health and addiction problems, and a family setting where a child must live away from home.',
  },
  legal: {
    nl: 'Onafhankelijke toets vóór de gang naar de kinderrechter, rechtsbijstand voor ouders, informatie over rechten, de stem van het kind en de afhandeling van klachten.',
    en: 'Independent review before going to the juvenile court, legal aid for parents, information about rights, the child’s voice, and how complaints are handled.',
  },
  workforce: {
    nl: 'Randvoorwaarde voor alle principes: formatie, vacatures, in- en uitstroom, verzuim en scholing van de professionals in de regio.',
    en: 'A condition for every principle: staffing, vacancies, staff joining and leaving, sick leave and training of the professionals in the region.',
  },
  learning: {
    nl: 'Reflectie met ervaringsdeskundigen, de ervaring van cliënten en of de veiligheid na afsluiting blijvend is.',
    en: 'Reflection with people with lived experience, clients’ experience, and whether safety lasts after a case is closed.',
  },
};

/** Every element's help, entered and derived, keyed by its code (catalogue.test.ts checks both ways). */
export const ELEMENT_HELP: Readonly<Record<string, Text>> = {
  signals_new: {
    nl: `Aantal nieuwe signalen over de veiligheid van een kind of gezin (meldingen en adviesvragen over onveiligheid) dat in de regio is binnengekomen bij Veilig Thuis, het regionaal veiligheidsteam of het lokale team. Tel elk signaal één keer, op de datum van binnenkomst. ${FLOW_NL} Bron: registratie van Veilig Thuis en de lokale teams.`,
    en: `Number of new signals about the safety of a child or family (reports and requests for advice about unsafety) received in the region by Veilig Thuis, the regional safety team or the local team. Count each signal once, on the date it was received. ${FLOW_EN} Source: Veilig Thuis and local team records.`,
  },
  triage_simple: {
    nl: `Aantal signalen dat in de triage als enkelvoudig is beoordeeld: één duidelijk probleem, dat het lokale team met het gezin kan oppakken. Tel op de datum van het triagebesluit, volgens de regionale triagecriteria. ${FLOW_NL} Bron: triageregistratie.`,
    en: `Number of signals assessed in triage as single-issue: one clear problem the local team can take up with the family. Count on the date of the triage decision, using the regional triage criteria. ${FLOW_EN} Source: triage records.`,
  },
  triage_complex: {
    nl: `Aantal signalen dat in de triage als complex is beoordeeld: meerdere samenhangende problemen, waarvoor het lokale team samenwerkt met het regionaal veiligheidsteam. Tel op de datum van het triagebesluit. ${FLOW_NL} Bron: triageregistratie.`,
    en: `Number of signals assessed in triage as complex: several related problems, for which the local team works together with the regional safety team. Count on the date of the triage decision. ${FLOW_EN} Source: triage records.`,
  },
  triage_multi_complex: {
    nl: `Aantal signalen dat in de triage als meervoudig complex is beoordeeld: ernstige of structurele onveiligheid op meerdere levensgebieden, waarbij het regionaal veiligheidsteam de regie heeft. Tel op de datum van het triagebesluit. ${FLOW_NL} Bron: triageregistratie.`,
    en: `Number of signals assessed in triage as multi-complex: serious or structural unsafety in several areas of life, where the regional safety team takes the lead. Count on the date of the triage decision. ${FLOW_EN} Source: triage records.`,
  },
  triage_on_time: {
    nl: `Van de triages van deze maand (enkelvoudig, complex en meervoudig complex samen): het aantal waarbij het triagebesluit uiterlijk 5 werkdagen na binnenkomst van het signaal is genomen. ${FLOW_NL} Bron: triageregistratie (datum signaal en datum besluit).`,
    en: `Of this month’s triage decisions (single-issue, complex and multi-complex together): the number taken no later than 5 working days after the signal was received. ${FLOW_EN} Source: triage records (date of signal and date of decision).`,
  },
  escalated_to_rvt: {
    nl: `Aantal gezinnen dat het lokale team deze maand heeft opgeschaald naar het regionaal veiligheidsteam (RVT), omdat de veiligheid met lokale inzet onvoldoende verbeterde. Tel elk gezin één keer per opschaling. ${FLOW_NL} Bron: registratie lokaal team en RVT.`,
    en: `Number of families the local team escalated this month to the regional safety team (RVT) because safety did not improve enough with local support. Count each family once per escalation. ${FLOW_EN} Source: local team and RVT records.`,
  },
  deescalated_to_local: {
    nl: `Aantal gezinnen dat het regionaal veiligheidsteam deze maand heeft overgedragen (afgeschaald) aan het lokale team, omdat de veiligheid voldoende hersteld is om lokaal verder te gaan. ${FLOW_NL} Bron: registratie RVT.`,
    en: `Number of families the regional safety team handed back to the local team this month because safety has recovered enough to continue locally. ${FLOW_EN} Source: RVT records.`,
  },
  families_active_local: {
    nl: `Aantal gezinnen met een lopend traject vanwege veiligheid bij het lokale team. Tel elk gezin één keer; een gezin dat ook bij het regionaal veiligheidsteam loopt, telt u alleen daar. ${STOCK_NL} Bron: registratie lokale teams.`,
    en: `Number of families with an ongoing safety-related case at the local team. Count each family once; a family also known to the regional safety team is counted there only. ${STOCK_EN} Source: local team records.`,
  },
  families_active_rvt: {
    nl: `Aantal gezinnen met een lopend traject bij het regionaal veiligheidsteam (RVT), ook als het lokale team betrokken blijft. Tel elk gezin één keer. ${STOCK_NL} Bron: registratie RVT.`,
    en: `Number of families with an ongoing case at the regional safety team (RVT), even if the local team stays involved. Count each family once. ${STOCK_EN} Source: RVT records.`,
  },
  intakes: {
    nl: `Aantal gezinnen waarvoor deze maand een traject is gestart bij het lokale team of het regionaal veiligheidsteam (intake). Een gezin dat na afsluiting opnieuw instroomt, telt opnieuw mee; een overdracht tussen lokaal team en RVT niet. ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `Number of families for whom a case started this month at the local team or the regional safety team (intake). A family that returns after closure counts again; a transfer between local team and RVT does not. ${FLOW_EN} Source: local team and RVT records.`,
  },
  families_closed: {
    nl: `Aantal gezinnen waarvan het traject deze maand is afgesloten bij het lokale team of het regionaal veiligheidsteam. Een overdracht tussen lokaal team en RVT is geen afsluiting. ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `Number of families whose case was closed this month at the local team or the regional safety team. A transfer between local team and RVT is not a closure. ${FLOW_EN} Source: local team and RVT records.`,
  },
  families_closed_without_measure: {
    nl: `Van de afgesloten gezinnen van deze maand: het aantal waarbij tijdens het traject geen kinderbeschermingsmaatregel (zoals een ondertoezichtstelling of gezagsbeëindiging) is opgelegd. ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `Of this month’s closed families: the number where no child protection measure (such as a supervision order or termination of parental authority) was imposed during the case. ${FLOW_EN} Source: local team and RVT records.`,
  },
  rvt_closed: {
    nl: `Van de afgesloten gezinnen van deze maand: het aantal dat tijdens het traject is opgeschaald naar het regionaal veiligheidsteam (RVT). Alleen bij deze gezinnen was een kinderbeschermingsmaatregel in beeld. ${FLOW_NL} Bron: registratie RVT.`,
    en: `Of this month’s closed families: the number escalated to the regional safety team (RVT) during their case. Only for these families was a child protection measure in view. ${FLOW_EN} Source: RVT records.`,
  },
  rvt_closed_without_measure: {
    nl: `Van de afgesloten gezinnen die bij het RVT waren: het aantal waarbij tijdens het traject geen kinderbeschermingsmaatregel is opgelegd. ${FLOW_NL} Bron: registratie RVT.`,
    en: `Of the closed families that were at the RVT: the number where no child protection measure was imposed during the case. ${FLOW_EN} Source: RVT records.`,
  },
  closed_handed_back: {
    nl: `Van de afgesloten gezinnen die bij het RVT waren: het aantal dat het RVT tijdens hun traject ten minste één keer aan het lokale team heeft overgedragen (afgeschaald). Alleen deze gezinnen kunnen opnieuw worden opgeschaald. ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `Of the closed families that were at the RVT: the number the RVT handed back to the local team at least once during their case. Only these families can be escalated again. ${FLOW_EN} Source: local team and RVT records.`,
  },
  closed_extra_handovers: {
    nl: `Voor de gezinnen die deze maand zijn afgesloten: het totaal aantal overdrachten tussen lokaal team en regionaal veiligheidsteam ná de eerste opschaling en de eerste afschaling van elk gezin. Een gezin dat één keer is opgeschaald telt 0, één keer op- en afgeschaald 0, op-, af- en opnieuw opgeschaald 1. ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `For the families closed this month: the total number of handovers between the local team and the regional safety team after each family’s first escalation and first hand-back. A family escalated once counts 0, escalated and handed back once 0, escalated, handed back and escalated again 1. ${FLOW_EN} Source: local team and RVT records.`,
  },
  closed_reescalated: {
    nl: `Van de afgesloten gezinnen die ten minste één keer zijn afgeschaald: het aantal dat na een afschaling naar het lokale team opnieuw naar het RVT is opgeschaald (heen en weer). ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `Of the closed families handed back at least once: the number escalated to the RVT again after being handed back to the local team (back and forth). ${FLOW_EN} Source: local team and RVT records.`,
  },
  help_started: {
    nl: `Aantal gezinnen bij wie deze maand de hulp is gestart die in het plan als passend is vastgesteld (eerste contact van de hulpverlener met het gezin). Tel elk gezin één keer, ook als meerdere vormen van hulp starten. ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `Number of families for whom the help that the plan identifies as suitable started this month (first contact of the care provider with the family). Count each family once, even if several kinds of help start. ${FLOW_EN} Source: local team and RVT records.`,
  },
  help_cohort: {
    nl: `De gezinnen bij wie deze maand passende hulp is gestart, plus de gezinnen die op de laatste dag van de maand nog op passende hulp uit hun plan wachten (hoe kort ook). Dit is de weging van de mediaan dagen tot hulp inclusief wachtenden. Periode: de verslagmaand voor de gestarte hulp; wie wacht, telt op de laatste dag van de maand. Bron: registratie lokale teams en RVT.`,
    en: `The families whose suitable help started this month, plus the families still waiting for suitable help from their plan on the last day of the month (however briefly). This is the weight of the median days to help including those waiting. Period: the reporting month for help started; those waiting count on the last day of the month. Source: local team and RVT records.`,
  },
  days_to_help_median_all: {
    nl: `De mediaan over de gezinnen bij wie deze maand passende hulp is gestart (dagen van het eerste veiligheidssignaal tot de start van de hulp) én de gezinnen die op de laatste dag van de maand nog wachten (dagen van het eerste signaal tot die dag: hun wachttijd tot nu toe). Een wachtend gezin telt dus met een ondergrens van zijn wachttijd mee. Vul alleen in samen met het aantal gezinnen met gestarte hulp of nog wachtend; dat aantal is de weging. Periode: de verslagmaand; wachttijden tot de laatste dag ervan. Bron: registratie lokale teams en RVT.`,
    en: `The median over the families whose suitable help started this month (days from the first safety signal to the start of help) and the families still waiting on the last day of the month (days from the first signal to that day: their wait so far). A waiting family thus counts with a lower bound of its wait. Fill in only together with the number of families whose help started or who still wait; that number is the weight. Period: the reporting month; waits up to its last day. Source: local team and RVT records.`,
  },
  families_waiting_over_norm: {
    nl: `Aantal gezinnen bij wie de passende hulp uit het plan nog niet is gestart en sinds het eerste veiligheidssignaal meer dan 42 dagen (6 weken) zijn verstreken. Zo telt wie nog wacht mee, niet alleen wie al hulp kreeg. ${STOCK_NL} Bron: registratie lokale teams en RVT.`,
    en: `Number of families whose suitable help from the plan has not yet started and for whom more than 42 days (6 weeks) have passed since the first safety signal. This counts those still waiting, not only those already helped. ${STOCK_EN} Source: local team and RVT records.`,
  },
  orgs_per_family_avg: {
    nl: `Voor de actieve gezinnen van het regionaal veiligheidsteam: het gemiddelde aantal organisaties dat professioneel bij het gezin betrokken is (bijvoorbeeld lokaal team, Veilig Thuis, Raad voor de Kinderbescherming, gecertificeerde instelling, V-GGZ, jeugdhulpaanbieder). Tel organisaties, niet medewerkers. Vul alleen in samen met het aantal actieve RVT-gezinnen; dat aantal is de weging. ${STOCK_NL} Bron: dossieronderzoek of registratie RVT.`,
    en: `For the active families of the regional safety team: the mean number of organisations professionally involved with the family (for example local team, Veilig Thuis, Child Protection Board, certified institution, adult mental-health care, youth care provider). Count organisations, not staff. Fill in only together with the number of active RVT families; that number is the weight. ${STOCK_EN} Source: case-file review or RVT records.`,
  },
  families_one_contact: {
    nl: `Van de actieve gezinnen (lokaal team en RVT samen): het aantal dat gedurende het hele traject één vaste contactpersoon of één vast duo van professionals heeft als aanspreekpunt. ${STOCK_NL} Bron: registratie lokale teams en RVT.`,
    en: `Of the active families (local team and RVT together): the number that have had one fixed contact person, or one fixed duo of professionals, as their point of contact throughout the case. ${STOCK_EN} Source: local team and RVT records.`,
  },
  families_one_plan: {
    nl: `Van de actieve gezinnen (lokaal team en RVT samen): het aantal met één gezamenlijk plan dat het hele huishouden omvat, kinderen én volwassenen, in plaats van losse plannen per organisatie of gezinslid. ${STOCK_NL} Bron: registratie lokale teams en RVT.`,
    en: `Of the active families (local team and RVT together): the number with one joint plan covering the whole household, children and adults, instead of separate plans per organisation or family member. ${STOCK_EN} Source: local team and RVT records.`,
  },
  analyses_due: {
    nl: `Aantal gezinnen van wie de termijn voor de gezinsbrede verklarende analyse (6 weken na intake) in deze maand afliep. ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `Number of families whose deadline for the family-wide explanatory analysis (6 weeks after intake) fell in this month. ${FLOW_EN} Source: local team and RVT records.`,
  },
  analyses_on_time: {
    nl: `Van de gezinnen van wie de analysetermijn (6 weken na intake) deze maand afliep: het aantal waarvoor de gezinsbrede verklarende analyse uiterlijk op die dag af was. Tel elk gezin één keer. ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `Of the families whose analysis deadline (6 weeks after intake) fell this month: the number whose family-wide explanatory analysis was completed by that day. Count each family once. ${FLOW_EN} Source: local team and RVT records.`,
  },
  adult_mh_needed: {
    nl: `Van de actieve gezinnen (lokaal team en RVT samen): het aantal waarin bij ten minste één ouder of opvoeder psychische problemen of verslavingsproblemen spelen die de veiligheid raken, volgens de analyse of het plan. ${STOCK_NL} Bron: registratie lokale teams en RVT.`,
    en: `Of the active families (local team and RVT together): the number in which at least one parent or carer has mental-health or addiction problems that affect safety, according to the analysis or the plan. ${STOCK_EN} Source: local team and RVT records.`,
  },
  adult_mh_involved: {
    nl: `Van de gezinnen met psychische of verslavingsproblemen bij een ouder: het aantal waarbij de volwassenen-ggz of verslavingszorg (V-GGZ) actief betrokken is, bijvoorbeeld als deelnemer aan het gezinsplan of met behandeling van de ouder. ${STOCK_NL} Bron: registratie lokale teams en RVT.`,
    en: `Of the families with a parent with mental-health or addiction problems: the number where adult mental-health or addiction care (V-GGZ) is actively involved, for example as a party to the family plan or by treating the parent. ${STOCK_EN} Source: local team and RVT records.`,
  },
  households_without_minors: {
    nl: `Aanpak 0–100: aantal huishoudens met een lopend traject waarin geen kinderen onder de 18 jaar wonen, bijvoorbeeld bij geweld tussen volwassenen, ouderenmishandeling, jongvolwassenen of aanstaande ouders. ${STOCK_NL} Bron: registratie lokale teams en RVT.`,
    en: `The 0–100 approach: number of households with an ongoing case in which no children under 18 live, for example violence between adults, elder abuse, young adults or expectant parents. ${STOCK_EN} Source: local team and RVT records.`,
  },
  placements_new: {
    nl: `Aantal kinderen dat deze maand uit huis is geplaatst, vrijwillig of met een machtiging van de kinderrechter. Tel per kind de eerste plaatsing; een overplaatsing naar een andere plek telt niet mee. ${FLOW_NL} Bron: registratie gecertificeerde instelling en RVT.`,
    en: `Number of children placed away from home this month, voluntarily or under a juvenile court authorisation. Count each child’s first placement; a move to another placement does not count. ${FLOW_EN} Source: certified institution and RVT records.`,
  },
  placements_family_setting: {
    nl: `Van de nieuwe uithuisplaatsingen van deze maand: het aantal in een gezinsvorm, zoals een netwerkpleeggezin, een ander pleeggezin of een gezinshuis. ${FLOW_NL} Bron: registratie gecertificeerde instelling en RVT.`,
    en: `Of this month’s new out-of-home placements: the number in a family setting, such as kinship foster care, other foster care or a family-style group home. ${FLOW_EN} Source: certified institution and RVT records.`,
  },
  measure_considered: {
    nl: `Aantal gezinnen bij wie deze maand voor het eerst een kinderbeschermingsmaatregel wordt overwogen (besluit tot een verzoek tot onderzoek bij de Raad voor de Kinderbescherming of een gelijkwaardig besluit in het RVT). ${FLOW_NL} Bron: registratie RVT.`,
    en: `Number of families for whom a child protection measure is considered for the first time this month (decision to request an investigation by the Child Protection Board, or an equivalent decision in the RVT). ${FLOW_EN} Source: RVT records.`,
  },
  legal_aid_offered: {
    nl: `Van de gezinnen bij wie deze maand een maatregel wordt overwogen: het aantal aan wie vanaf dat moment kosteloze rechtsbijstand (een advocaat) is aangeboden. ${FLOW_NL} Bron: registratie RVT.`,
    en: `Of the families for whom a measure is considered this month: the number offered free legal aid (a lawyer) from that moment. ${FLOW_EN} Source: RVT records.`,
  },
  legal_aid_used: {
    nl: `Van de gezinnen aan wie deze maand rechtsbijstand is aangeboden: het aantal dat er gebruik van maakt (een advocaat is toegevoegd). ${FLOW_NL} Bron: registratie RVT en Raad voor Rechtsbijstand.`,
    en: `Of the families offered legal aid this month: the number that uses it (a lawyer has been assigned). ${FLOW_EN} Source: RVT and Legal Aid Board records.`,
  },
  investigation_requests: {
    nl: `Aantal verzoeken tot onderzoek dat deze maand bij de Raad voor de Kinderbescherming is ingediend (door het RVT, Veilig Thuis of het lokale team). Tel per gezin. ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming.`,
    en: `Number of requests for an investigation submitted to the Child Protection Board this month (by the RVT, Veilig Thuis or the local team). Count per family. ${FLOW_EN} Source: Child Protection Board records.`,
  },
  investigations_completed: {
    nl: `Aantal beschermingsonderzoeken dat de Raad voor de Kinderbescherming deze maand heeft afgerond, met of zonder verzoek aan de rechter. Tel per gezin. ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming.`,
    en: `Number of protection investigations the Child Protection Board completed this month, with or without a petition to the court. Count per family. ${FLOW_EN} Source: Child Protection Board records.`,
  },
  days_request_to_decision_median: {
    nl: `Voor de raadsonderzoeken die deze maand zijn afgerond: de mediaan van het aantal kalenderdagen tussen de ontvangst van het verzoek tot onderzoek door de Raad en het besluit waarmee het onderzoek eindigt (een verzoekschrift bij de kinderrechter, of afsluiten zonder verzoekschrift). De beslissing van de rechter zelf telt niet mee. Vul alleen in samen met het aantal afgeronde raadsonderzoeken; dat aantal is de weging. ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming.`,
    en: `For the Board investigations completed this month: the median number of calendar days between the Board’s receipt of the request for an investigation and the decision that ends it (a petition to the juvenile court, or closing without a petition). The court’s own decision is not included. Fill in only together with the number of Board investigations completed; that number is the weight. ${FLOW_EN} Source: Child Protection Board records.`,
  },
  petitions_filed: {
    nl: `Aantal verzoekschriften dat deze maand bij de kinderrechter is ingediend voor een kinderbeschermingsmaatregel of een machtiging uithuisplaatsing: eerste verzoeken en verzoeken tot verlenging samen (de verlengingen vult u hieronder apart in). Tel per kind en per verzoek. ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming en gecertificeerde instelling.`,
    en: `Number of petitions filed with the juvenile court this month for a child protection measure or an out-of-home placement authorisation, first petitions and requests for extension together (enter the extensions separately below). Count per child and per petition. ${FLOW_EN} Source: Child Protection Board and certified institution records.`,
  },
  petitions_extension: {
    nl: `Van de verzoekschriften van deze maand: het aantal verzoeken tot verlenging van een lopende maatregel of machtiging door de gecertificeerde instelling. Die krijgen volgens de wet geen toets door de Raad; de overige verzoekschriften zijn eerste verzoeken. ${FLOW_NL} Bron: registratie gecertificeerde instelling.`,
    en: `Of this month’s petitions: the number of requests by the certified institution to extend a running measure or authorisation. By law these get no review by the Board; the other petitions are first petitions. ${FLOW_EN} Source: certified institution records.`,
  },
  petitions_by_institution: {
    nl: `Van de verzoekschriften van deze maand: het aantal dat de gecertificeerde instelling zelf heeft ingediend, verzoeken tot verlenging én eigen eerste verzoeken (zoals een machtiging uithuisplaatsing binnen een lopende ondertoezichtstelling). Die toetst de Raad voor de Kinderbescherming volgens de wet niet; de overige verzoekschriften (van de Raad, en zelden van het Openbaar Ministerie) vallen onder de onafhankelijke toets. ${FLOW_NL} Bron: registratie gecertificeerde instelling.`,
    en: `Of this month’s petitions: the number filed by the certified institution itself, requests for extension and its own first requests (such as an out-of-home placement authorisation within a running supervision order). By law the Child Protection Board does not review these; the other petitions (by the Board, and rarely by the public prosecutor) are subject to the independent review. ${FLOW_EN} Source: certified institution records.`,
  },
  petitions_reviewed: {
    nl: `Van de verzoekschriften bij de kinderrechter van deze maand die niet van de gecertificeerde instelling komen (haar verlengingen en eigen eerste verzoeken niet meegeteld): het aantal waaraan een onafhankelijke toets voorafging, door een partij die het gezin niet zelf begeleidt (bijvoorbeeld de Raad voor de Kinderbescherming). ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming.`,
    en: `Of this month’s petitions to the juvenile court not filed by the certified institution (its extensions and its own first requests not counted): the number preceded by an independent review by a party not itself working with the family (for example the Child Protection Board). ${FLOW_EN} Source: Child Protection Board records.`,
  },
  reviews_advised_against: {
    nl: `Van de raadsonderzoeken die deze maand zijn afgerond: het aantal dat eindigde met het besluit of advies géén verzoekschrift bij de kinderrechter in te dienen. Deze gezinnen komen niet in het aantal verzoekschriften terecht. ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming.`,
    en: `Of the Board investigations completed this month: the number that ended with the decision or advice not to file a petition with the juvenile court. These families do not appear among the petitions. ${FLOW_EN} Source: Child Protection Board records.`,
  },
  measures_new: {
    nl: `Aantal kinderbeschermingsmaatregelen dat de kinderrechter deze maand heeft uitgesproken, zoals een (voorlopige) ondertoezichtstelling of een gezagsbeëindigende maatregel. Tel per kind, op de datum van de uitspraak; verlengingen tellen niet mee. ${FLOW_NL} Bron: registratie gecertificeerde instelling.`,
    en: `Number of child protection measures the juvenile court ordered this month, such as a (provisional) supervision order or termination of parental authority. Count per child, on the date of the decision; extensions do not count. ${FLOW_EN} Source: certified institution records.`,
  },
  measures_ots_new: {
    nl: `Van de nieuwe kinderbeschermingsmaatregelen: het aantal (voorlopige) ondertoezichtstellingen (OTS). Tel per kind, op de datum van de uitspraak; verlengingen tellen niet mee. ${FLOW_NL} Bron: registratie gecertificeerde instelling.`,
    en: `Of the new child protection measures: the number of (provisional) supervision orders (OTS). Count per child, on the date of the decision; extensions do not count. ${FLOW_EN} Source: certified institution records.`,
  },
  authority_ended: {
    nl: `Van de nieuwe kinderbeschermingsmaatregelen: het aantal gezagsbeëindigende maatregelen (gezag van een of beide ouders beëindigd, voogdij). Tel per kind, op de datum van de uitspraak. ${FLOW_NL} Bron: registratie gecertificeerde instelling.`,
    en: `Of the new child protection measures: the number of measures ending parental authority (one or both parents, guardianship). Count per child, on the date of the decision. ${FLOW_EN} Source: certified institution records.`,
  },
  decisions_granted: {
    nl: `Aantal verzoeken (eerste verzoeken en verlengingen) waarop de kinderrechter deze maand heeft beslist en dat (geheel of gedeeltelijk) is toegewezen. ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming en gecertificeerde instelling.`,
    en: `Number of petitions (first petitions and extensions) the juvenile court decided this month and granted (in whole or in part). ${FLOW_EN} Source: Child Protection Board and certified institution records.`,
  },
  decisions_rejected: {
    nl: `Aantal verzoeken waarop de kinderrechter deze maand heeft beslist en dat is afgewezen. ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming en gecertificeerde instelling.`,
    en: `Number of petitions the juvenile court decided this month and rejected. ${FLOW_EN} Source: Child Protection Board and certified institution records.`,
  },
  decisions_withdrawn: {
    nl: `Aantal verzoeken dat deze maand vóór de beslissing van de kinderrechter is ingetrokken. ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming en gecertificeerde instelling.`,
    en: `Number of petitions withdrawn this month before the juvenile court decided. ${FLOW_EN} Source: Child Protection Board and certified institution records.`,
  },
  children_12plus_in_decisions: {
    nl: `Aantal kinderen van 12 jaar of ouder over wie de kinderrechter deze maand heeft beslist; zij worden volgens de wet opgeroepen om gehoord te worden. ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming en gecertificeerde instelling.`,
    en: `Number of children aged 12 or over about whom the juvenile court decided this month; by law they are invited to be heard. ${FLOW_EN} Source: Child Protection Board and certified institution records.`,
  },
  children_heard: {
    nl: `Van de kinderen van 12 jaar of ouder in zaken bij de kinderrechter deze maand: het aantal dat door de rechter is gehoord (op zitting of in een kindgesprek). ${FLOW_NL} Bron: registratie Raad voor de Kinderbescherming en gecertificeerde instelling.`,
    en: `Of the children aged 12 or over in juvenile court cases this month: the number heard by the judge (at the hearing or in a separate conversation). ${FLOW_EN} Source: Child Protection Board and certified institution records.`,
  },
  proceedings_total: {
    nl: `Aantal zaken dat deze maand door de kinderrechter is behandeld over een machtiging uithuisplaatsing of over het gezag (gezagsbeëindiging). Tel per zaak, niet per kind. ${FLOW_NL} Bron: registratie gecertificeerde instelling en Raad voor de Kinderbescherming.`,
    en: `Number of cases the juvenile court heard this month about an out-of-home placement authorisation or about parental authority (termination of authority). Count per case, not per child. ${FLOW_EN} Source: certified institution and Child Protection Board records.`,
  },
  proceedings_with_legal_aid: {
    nl: `Van de zaken over een machtiging uithuisplaatsing of gezagsbeëindiging van deze maand: het aantal waarin de ouders (ten minste één gezaghebbende ouder) werden bijgestaan door een advocaat. ${FLOW_NL} Bron: registratie gecertificeerde instelling en Raad voor de Kinderbescherming.`,
    en: `Of this month’s placement or parental-authority proceedings: the number in which the parents (at least one parent with authority) were assisted by a lawyer. ${FLOW_EN} Source: certified institution and Child Protection Board records.`,
  },
  families_informed_rights: {
    nl: `Van de nieuw ingestroomde gezinnen van deze maand: het aantal dat schriftelijk is geïnformeerd over hun rechten (zoals inzage, klachtrecht en rechtsbijstand) én aan wie onafhankelijke cliëntondersteuning is aangeboden. ${FLOW_NL} Bron: registratie lokale teams en RVT.`,
    en: `Of this month’s newly taken-in families: the number informed in writing of their rights (such as access to their file, the right to complain and legal aid) and offered independent client support. ${FLOW_EN} Source: local team and RVT records.`,
  },
  children_active: {
    nl: `Aantal minderjarige kinderen in de actieve gezinnen van het lokale team en het regionaal veiligheidsteam. Tel elk kind één keer. ${STOCK_NL} Bron: registratie lokale teams en RVT.`,
    en: `Number of minor children in the active families of the local team and the regional safety team. Count each child once. ${STOCK_EN} Source: local team and RVT records.`,
  },
  children_view_recorded: {
    nl: `Van de kinderen in lopende zaken: het aantal van wie de eigen mening of beleving, in hun eigen woorden of passend bij hun leeftijd, in het plan is vastgelegd. ${STOCK_NL} Bron: dossieronderzoek of registratie lokale teams en RVT.`,
    en: `Of the children in active cases: the number whose own view or experience, in their own words or suited to their age, is recorded in the plan. ${STOCK_EN} Source: case-file review or local team and RVT records.`,
  },
  children_with_measure: {
    nl: `Aantal kinderen uit de gemeenten van de proeftuin met een lopende kinderbeschermingsmaatregel (ondertoezichtstelling of voogdij). Dit is de noemer voor het wachten op een vaste jeugdbeschermer; tel over dezelfde gemeenten als de wachtenden. ${STOCK_NL} Bron: registratie gecertificeerde instelling.`,
    en: `Number of children from the pilot’s municipalities with a running child protection measure (supervision order or guardianship). This is the denominator for waiting for a fixed child protection worker; count over the same municipalities as those waiting. ${STOCK_EN} Source: certified institution records.`,
  },
  children_waiting_guardian: {
    nl: `Van de kinderen met een lopende maatregel: het aantal aan wie nog geen vaste jeugdbeschermer is toegewezen (wachtlijst, of tijdelijk alleen een teamleider of wachtlijstbeheer). Tel over dezelfde gemeenten als de kinderen met een lopende maatregel, niet over de hele wachtlijst van de gecertificeerde instelling. ${STOCK_NL} Bron: registratie gecertificeerde instelling.`,
    en: `Of the children with a running measure: the number not yet assigned a fixed child protection worker (waiting list, or temporarily only a team leader or waiting-list management). Count over the same municipalities as the children with a running measure, not over the certified institution’s whole waiting list. ${STOCK_EN} Source: certified institution records.`,
  },
  complaints_received: {
    nl: `Aantal formele klachten van ouders, kinderen of andere betrokkenen dat deze maand is ontvangen door de organisaties in de kind- en gezinsbescherming in de regio. ${FLOW_NL} Bron: klachtenregistratie van de organisaties.`,
    en: `Number of formal complaints from parents, children or others involved received this month by the child and family protection organisations in the region. ${FLOW_EN} Source: the organisations’ complaints records.`,
  },
  complaints_due: {
    nl: `Aantal klachten waarvan de afhandeltermijn van de klachtenregeling in deze maand afliep, ongeacht wanneer ze zijn ontvangen. ${FLOW_NL} Bron: klachtenregistratie van de organisaties.`,
    en: `Number of complaints whose handling term under the complaints procedure ended in this month, whenever they were received. ${FLOW_EN} Source: the organisations’ complaints records.`,
  },
  complaints_on_time: {
    nl: `Van de klachten waarvan de afhandeltermijn deze maand afliep: het aantal dat binnen die termijn is afgehandeld. ${FLOW_NL} Bron: klachtenregistratie van de organisaties.`,
    en: `Of the complaints whose handling term ended this month: the number handled within that term. ${FLOW_EN} Source: the organisations’ complaints records.`,
  },
  fte_budgeted: {
    nl: `Begrote formatie in fte voor de professionals die in de regio met gezinnen werken (lokale teams voor zover betrokken bij veiligheid, en het regionaal veiligheidsteam). ${STOCK_NL} Bron: personeels- of financiële administratie.`,
    en: `Budgeted staff in FTE for the professionals working with families in the region (local teams insofar as involved in safety, and the regional safety team). ${STOCK_EN} Source: HR or finance records.`,
  },
  fte_filled: {
    nl: `Bezette formatie in fte voor dezelfde groep professionals als de begrote formatie, inclusief ingehuurde krachten. ${STOCK_NL} Bron: personeelsadministratie.`,
    en: `Filled staff in FTE for the same group of professionals as the budgeted staff, including hired staff. ${STOCK_EN} Source: HR records.`,
  },
  fte_local_team: {
    nl: `Van de bezette formatie: de fte van de lokale teams die met de actieve gezinnen van het lokale team werken aan veiligheid. ${STOCK_NL} Bron: personeelsadministratie.`,
    en: `Of the filled staff: the FTE of the local teams working on safety with the local team’s active families. ${STOCK_EN} Source: HR records.`,
  },
  fte_rvt: {
    nl: `Van de bezette formatie: de fte van het regionaal veiligheidsteam dat met de actieve RVT-gezinnen werkt. ${STOCK_NL} Bron: personeelsadministratie.`,
    en: `Of the filled staff: the FTE of the regional safety team working with the active RVT families. ${STOCK_EN} Source: HR records.`,
  },
  fte_youth_protection: {
    nl: `De fte jeugdbeschermers van de gecertificeerde instelling die de kinderen met een lopende maatregel uit de gemeenten van de proeftuin begeleiden (niet de hele instelling). Zij vallen buiten de bezette formatie hierboven. ${STOCK_NL} Bron: registratie gecertificeerde instelling.`,
    en: `The FTE of the certified institution’s child protection workers who work with the children with a running measure from the pilot’s municipalities (not the whole institution). They are outside the filled staff above. ${STOCK_EN} Source: certified institution records.`,
  },
  vacancies_open: {
    nl: `Aantal openstaande vacatures voor deze professionals. ${STOCK_NL} Bron: personeelsadministratie of werving.`,
    en: `Number of open vacancies for these professionals. ${STOCK_EN} Source: HR or recruitment records.`,
  },
  vacancies_long_open: {
    nl: `Van de openstaande vacatures: het aantal dat op de peildatum langer dan 90 dagen openstaat. ${STOCK_NL} Bron: personeelsadministratie of werving.`,
    en: `Of the open vacancies: the number open for more than 90 days on the reference date. ${STOCK_EN} Source: HR or recruitment records.`,
  },
  headcount: {
    nl: `Aantal medewerkers (personen, niet fte) in dienst in dezelfde groep professionals. ${STOCK_NL} Bron: personeelsadministratie.`,
    en: `Number of staff (people, not FTE) employed in the same group of professionals. ${STOCK_EN} Source: HR records.`,
  },
  staff_joined: {
    nl: `Aantal medewerkers (personen) dat deze maand in dienst is getreden in deze groep professionals. Interne overplaatsingen binnen de groep tellen niet mee. ${FLOW_NL} Bron: personeelsadministratie.`,
    en: `Number of staff (people) who joined this group of professionals this month. Internal moves within the group do not count. ${FLOW_EN} Source: HR records.`,
  },
  staff_left: {
    nl: `Aantal medewerkers (personen) dat deze maand uit dienst is gegaan uit deze groep professionals, om welke reden ook. Interne overplaatsingen binnen de groep tellen niet mee. ${FLOW_NL} Bron: personeelsadministratie.`,
    en: `Number of staff (people) who left this group of professionals this month, for any reason. Internal moves within the group do not count. ${FLOW_EN} Source: HR records.`,
  },
  sick_days: {
    nl: `Totaal aantal verzuimdagen door ziekte van deze medewerkers in de maand, naar rato van de deeltijdfactor, zoals uw verzuimsysteem het verzuimpercentage berekent. Gebruik dezelfde telling als voor de beschikbare dagen. ${FLOW_NL} Bron: verzuimregistratie.`,
    en: `Total sick days of these staff in the month, pro rata to part-time factor, as your absence system calculates the sickness rate. Use the same way of counting as for available days. ${FLOW_EN} Source: absence records.`,
  },
  available_days: {
    nl: `Totaal aantal dagen dat deze medewerkers in de maand beschikbaar waren volgens hun contract, naar rato van de deeltijdfactor; de noemer van het verzuimpercentage. ${FLOW_NL} Bron: verzuimregistratie.`,
    en: `Total days these staff were available in the month under their contracts, pro rata to part-time factor; the denominator of the sickness rate. ${FLOW_EN} Source: absence records.`,
  },
  training_hours: {
    nl: `Totaal aantal uren scholing, training en opleiding dat deze medewerkers in de maand hebben gevolgd (inclusief bij- en nascholing voor de registratie). Intervisie en reflectiebijeenkomsten tellen niet mee. ${FLOW_NL} Bron: opleidingsadministratie.`,
    en: `Total hours of education and training these staff attended in the month (including continuing education for professional registration). Peer review and reflection sessions do not count. ${FLOW_EN} Source: training records.`,
  },
  trainees_new: {
    nl: `Aantal mensen dat deze maand is gestart met een opleidings- of traineeshiptraject om als professional in de kind- en gezinsbescherming te gaan werken (bijvoorbeeld als jeugdbeschermer). ${FLOW_NL} Bron: opleidingsadministratie.`,
    en: `Number of people who started a training or traineeship programme this month to work as a professional in child and family protection (for example as a child protection worker). ${FLOW_EN} Source: training records.`,
  },
  reflection_sessions: {
    nl: `Aantal georganiseerde bijeenkomsten waarin professionals gezamenlijk reflecteren op casuïstiek of werkwijze (zoals casusreflectie, intervisie of moreel beraad). ${FLOW_NL} Bron: registratie van de teams.`,
    en: `Number of organised sessions in which professionals reflect together on cases or ways of working (such as case reflection, peer review or moral case deliberation). ${FLOW_EN} Source: team records.`,
  },
  reflection_sessions_with_experts: {
    nl: `Van de reflectiebijeenkomsten: het aantal waaraan ten minste één ervaringsdeskundige heeft deelgenomen. ${FLOW_NL} Bron: registratie van de teams.`,
    en: `Of the reflection sessions: the number attended by at least one person with lived experience. ${FLOW_EN} Source: team records.`,
  },
  client_survey_responses: {
    nl: `Aantal ingevulde vragenlijsten over cliëntervaring dat deze maand is ontvangen van ouders of jongeren. ${FLOW_NL} Bron: cliëntervaringsonderzoek.`,
    en: `Number of completed client experience questionnaires received this month from parents or young people. ${FLOW_EN} Source: client experience survey.`,
  },
  client_survey_score: {
    nl: `Het gemiddelde rapportcijfer (1 tot en met 10) dat cliënten in de ingevulde vragenlijsten van deze maand gaven. Vul alleen in samen met het aantal ingevulde cliëntvragenlijsten; dat aantal is de weging. ${FLOW_NL} Bron: cliëntervaringsonderzoek. Vanaf december 2026 niet meer gevraagd: vervangen door de ervaringsvragen.`,
    en: `The mean rating (1 to 10) clients gave in this month’s completed questionnaires. Fill in only together with the number of client survey responses; that number is the weight. ${FLOW_EN} Source: client experience survey. No longer asked from December 2026: replaced by the experience items.`,
  },
  recurrence_12m: {
    nl: `Van de gezinnen die twaalf maanden eerder zijn afgesloten: het aantal waarover sinds de afsluiting een nieuw veiligheidssignaal is binnengekomen. Periode: van de afsluiting tot en met de laatste dag van de verslagmaand. Bron: registratie van Veilig Thuis en de lokale teams.`,
    en: `Of the families closed twelve months earlier: the number about whom a new safety signal has been received since closure. Period: from closure to the last day of the reporting month. Source: Veilig Thuis and local team records.`,
  },
  recurrence_12m_without_measure: {
    nl: `Van de gezinnen die twaalf maanden eerder zijn afgesloten zonder kinderbeschermingsmaatregel: het aantal waarover sinds de afsluiting een nieuw veiligheidssignaal is binnengekomen. Een deel van de gezinnen opnieuw gemeld binnen 12 maanden. Periode: van de afsluiting tot en met de laatste dag van de verslagmaand. Bron: registratie van Veilig Thuis en de lokale teams.`,
    en: `Of the families closed twelve months earlier without a child protection measure: the number about whom a new safety signal has been received since closure. Part of the families reported again within 12 months. Period: from closure to the last day of the reporting month. Source: Veilig Thuis and local team records.`,
  },
  closed_12m_ago: {
    nl: `Wordt niet ingevuld maar afgeleid: het aantal afgesloten gezinnen uit de rapportage van dezelfde maand een jaar eerder. Zonder die rapportage is het onbekend.`,
    en: `Not entered but derived: the number of families closed in the report of the same month one year earlier. Without that report it is unknown.`,
  },
  closed_without_measure_12m_ago: {
    nl: `Wordt niet ingevuld maar afgeleid: het aantal gezinnen afgesloten zonder kinderbeschermingsmaatregel uit de rapportage van dezelfde maand een jaar eerder. Zonder die rapportage is het onbekend.`,
    en: `Not entered but derived: the number of families closed without a child protection measure in the report of the same month one year earlier. Without that report it is unknown.`,
  },
};

/** Each section's text in one language, keyed by its code: what the report form's loader sends. */
export function sectionHelpTexts(lang: Lang): Record<SectionCode, string> {
  return Object.fromEntries(Object.entries(SECTION_HELP).map(([code, text]) => [code, text[lang]])) as Record<
    SectionCode,
    string
  >;
}

/** The help texts of these elements in one language, keyed by code: what a page's loader sends. */
export function elementHelpTexts(codes: readonly string[], lang: Lang): Record<string, string> {
  return Object.fromEntries(codes.map((code) => [code, ELEMENT_HELP[code]?.[lang] ?? '']));
}
