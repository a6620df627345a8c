/**
 * Demo content for the two registers (experiments and legal bottlenecks) of the six proeftuinen.
 *
 * Pure data (only the app's code lists are imported). Every entry is about the way of working in a region, never about an
 * individual family. Keys are stable and are used to link experiments to bottlenecks
 * (`bottleneckKeys`), also across regions.
 */

export const SEED_REGION_SLUGS = [
  'amsterdam-amstelland',
  'foodvalley',
  'rotterdam-rijnmond',
  'utrecht',
  'zeeland',
  'west-brabant-west',
] as const;

// The code lists are the app's own (app/domain/registers.ts), so seed and app cannot drift apart.
export {
  PRINCIPLES as SEED_PRINCIPLES,
  THEMES as SEED_THEMES,
  PARTNERS as SEED_PARTNERS,
  EXPERIMENT_STATUSES as SEED_EXPERIMENT_STATUSES,
  CLOSED_EXPERIMENT_STATUSES as SEED_CLOSED_EXPERIMENT_STATUSES,
  EXPERIMENT_OUTCOMES as SEED_OUTCOMES,
  LEGAL_FRAMEWORKS as SEED_LEGAL_FRAMEWORKS,
  SEVERITIES as SEED_SEVERITIES,
  BOTTLENECK_STATUSES as SEED_BOTTLENECK_STATUSES,
  CLOSING_BOTTLENECK_STATUSES as SEED_CLOSING_BOTTLENECK_STATUSES,
} from '#app/domain/register-codes';
import type {
  BottleneckStatus,
  ExperimentStatus,
  LegalFramework,
  Principle,
  Severity,
} from '#app/domain/register-codes';
import type { EXPERIMENT_OUTCOMES } from '#app/domain/register-codes';

export type SeedExperimentStatus = ExperimentStatus;
export type SeedOutcome = (typeof EXPERIMENT_OUTCOMES)[number];
export type SeedLegalFramework = LegalFramework;
export type SeedSeverity = Severity;
export type SeedBottleneckStatus = BottleneckStatus;
export type SeedPrinciple = Principle;

export interface SeedExperiment {
  key: string;
  region: string;
  title: string;
  hypothesis: string;
  description: string;
  principles: string[];
  themes: string[];
  partners: string[];
  status: SeedExperimentStatus;
  startDate: string | null;
  endDate: string | null;
  outcome: SeedOutcome | null;
  lessons: string | null;
  bottleneckKeys: string[];
  /** the indicators the experiment aims to move (stored in experiments.indicators) */
  indicators: string[];
  /**
   * Demo only, not stored: how far the demo's figures move on those indicators once the experiment
   * has run six months (share points in the good direction, 0.1 = 10 points; for days and handovers
   * a relative change). 0: the experiment shows no effect. Nothing moves before its start date.
   */
  effect: number;
}

export interface SeedBottleneck {
  key: string;
  region: string;
  title: string;
  description: string;
  legalFramework: SeedLegalFramework;
  article: string;
  principle: SeedPrinciple;
  severity: SeedSeverity;
  status: SeedBottleneckStatus;
  identifiedDate: string;
  resolvedDate: string | null;
  proposedSolution: string;
}

export const SEED_EXPERIMENTS: readonly SeedExperiment[] = [
  // ── Amsterdam-Amstelland — Blijvend Veilig ────────────────────────────────────────────────
  {
    key: 'amsterdam-0-100-team',
    region: 'amsterdam-amstelland',
    title: '0–100-team Blijvend Veilig',
    hypothesis:
      'Als één team huiselijk geweld en kindermishandeling voor alle leeftijden oppakt, krijgen huishoudens sneller passende hulp en neemt het aantal herhaalde meldingen af.',
    description:
      'Professionals van Veilig Thuis, de GI, de Raad voor de Kinderbescherming en de buurtteams werken samen in één team voor geweld in afhankelijkheidsrelaties, van kinderen tot ouderen. Het team beoordeelt de veiligheid, stelt met het huishouden een veiligheidsplan op en blijft betrokken tot de veiligheid duurzaam is hersteld. We volgen het aantal herhaalde meldingen binnen twaalf maanden en het aantal overdrachten per huishouden.',
    principles: ['simple', 'family'],
    themes: ['zero_to_hundred', 'regional_safety_team', 'local_team', 'family_approach'],
    partners: ['local_team', 'veilig_thuis', 'gi', 'rvdk', 'police', 'adult_mh'],
    status: 'lopend',
    startDate: '2023-03-01',
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['amsterdam-taken-veilig-thuis', 'amsterdam-dossiervorming'],
    indicators: ['one_contact', 'one_plan'],
    effect: 0.08,
  },
  {
    key: 'amsterdam-veiligheidsanalyse',
    region: 'amsterdam-amstelland',
    title: 'Gezamenlijke veiligheidsanalyse voor het hele huishouden',
    hypothesis:
      'Eén gedeelde veiligheidsanalyse voor alle leden van het huishouden voorkomt dat elke organisatie een eigen analyse maakt en dat signalen over volwassenen buiten beeld blijven.',
    description:
      'Buurtteams, Veilig Thuis en de GI gebruiken één format voor de veiligheidsanalyse. Daarin worden de veiligheid van kinderen en volwassenen en de achterliggende problemen, zoals schulden, psychische klachten of verslaving, in samenhang beoordeeld. De analyse wordt met het huishouden besproken en gaat mee bij een eventuele overdracht.',
    principles: ['family', 'simple'],
    themes: ['family_approach', 'zero_to_hundred', 'adult_mental_health', 'information_provision'],
    partners: ['local_team', 'veilig_thuis', 'gi', 'adult_mh'],
    status: 'geborgd',
    startDate: '2022-10-01',
    endDate: '2024-06-30',
    outcome: 'effectief',
    lessons:
      'Eén format werkt alleen als alle partijen het ook in hun eigen registratiesysteem kunnen vastleggen; dubbele invoer bleef lang een bron van ergernis. De analyse werd merkbaar beter zodra een professional uit de volwassenen-ggz bij de bespreking aanschoof. Huishoudens gaven aan dat zij hun verhaal minder vaak hoefden te herhalen. Het format is per 1 juli 2024 opgenomen in de werkwijze van alle buurtteams.',
    bottleneckKeys: ['foodvalley-gegevens-volwassenen-ggz'],
    indicators: ['analysis_on_time', 'adult_mh_involved'],
    effect: 0.1,
  },
  {
    key: 'amsterdam-plegerhulp',
    region: 'amsterdam-amstelland',
    title: 'Hulp aan plegers binnen het 0–100-team',
    hypothesis:
      'Als hulp aan de pleger deel uitmaakt van hetzelfde veiligheidsplan als de hulp aan slachtoffer en kinderen, stopt het geweld vaker blijvend.',
    description:
      'Het 0–100-team betrekt bij partnergeweld ook de pleger, met een eigen hulpverlener die bijdraagt aan het gezamenlijke veiligheidsplan. Als er een strafrechtelijk traject loopt, stemt het team af met politie en OM. De evaluatie vergelijkt huishoudens met en zonder plegerhulp op herhaald geweld na twaalf maanden.',
    principles: ['family', 'learning'],
    themes: ['zero_to_hundred', 'family_approach', 'court_legal_instruments'],
    partners: ['veilig_thuis', 'police', 'prosecutor', 'adult_mh', 'local_team'],
    status: 'evaluatie',
    startDate: '2024-01-15',
    endDate: '2026-06-30',
    outcome: 'deels',
    lessons: null,
    bottleneckKeys: ['amsterdam-toestemming-gezag', 'rotterdam-toezicht-bijzondere-voorwaarden'],
    indicators: ['recurrence_after_closure'],
    effect: 0,
  },
  {
    key: 'amsterdam-ouderenmishandeling',
    region: 'amsterdam-amstelland',
    title: 'Ouderenmishandeling in de 0–100-aanpak',
    hypothesis:
      'Het 0–100-team kan ook meldingen van ouderenmishandeling afhandelen zonder dat de kwaliteit of de snelheid van de aanpak voor gezinnen met kinderen achteruitgaat.',
    description:
      'Gedurende vijftien maanden nam het 0–100-team ook meldingen van ouderenmishandeling en financiële uitbuiting van ouderen in behandeling. Het doel was één aanspreekpunt voor geweld in afhankelijkheidsrelaties, ongeacht leeftijd.',
    principles: ['simple', 'learning'],
    themes: ['zero_to_hundred', 'regional_safety_team', 'workforce'],
    partners: ['veilig_thuis', 'local_team', 'police'],
    status: 'gestopt',
    startDate: '2023-09-01',
    endDate: '2024-12-31',
    outcome: 'deels',
    lessons:
      'Ouderenmishandeling vraagt andere kennis dan kindermishandeling, onder meer over wilsbekwaamheid, mantelzorg en financiële uitbuiting, en die kennis was in het team te dun gezaaid. De doorlooptijden voor gezinnen met kinderen liepen op toen het team deze meldingen erbij nam. De gezamenlijke veiligheidsanalyse bleek wel ook bij ouderen bruikbaar. Meldingen over ouderen lopen weer via Veilig Thuis, met een vaste contactpersoon in het 0–100-team.',
    bottleneckKeys: [],
    indicators: [],
    effect: 0,
  },
  {
    key: 'amsterdam-gezamenlijke-triage',
    region: 'amsterdam-amstelland',
    title: 'Gezamenlijke triage van Veilig Thuis en het 0–100-team',
    hypothesis:
      'Een dagelijkse gezamenlijke triage van nieuwe meldingen voorkomt dubbel werk en verkort de tijd tot het eerste contact met het huishouden.',
    description:
      'Veilig Thuis en het 0–100-team bespreken nieuwe meldingen dagelijks samen en bepalen direct wie het huishouden benadert. De triage onderscheidt enkelvoudige, complexe en meervoudig complexe situaties. In de voorbereiding worden de werkafspraken, de registratie en de rol van de politie uitgewerkt.',
    principles: ['simple'],
    themes: ['zero_to_hundred', 'regional_safety_team', 'information_provision'],
    partners: ['veilig_thuis', 'local_team', 'police'],
    status: 'voorbereiding',
    startDate: null,
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['amsterdam-taken-veilig-thuis', 'amsterdam-dossiervorming'],
    indicators: ['triage_on_time'],
    effect: 0,
  },

  // ── FoodValley — Bouwstenen voor de toekomst ──────────────────────────────────────────────
  {
    key: 'foodvalley-jeugdlink-team',
    region: 'foodvalley',
    title: 'JeugdLink: één team voor veiligheidsvragen, gestart in Ede',
    hypothesis:
      'Als professionals van Veilig Thuis, de GI en de Raad samen met de lokale teams in één JeugdLink-team werken, is specialistische kennis over veiligheid eerder beschikbaar en zijn minder overdrachten nodig.',
    description:
      'Het JeugdLink-team bestaat uit jeugdbeschermers, medewerkers van Veilig Thuis, een raadsonderzoeker en gedragswetenschappers die vanuit één locatie werken. JeugdLink is gestart in Ede; de andere FoodValley-gemeenten (Barneveld, Nijkerk, Renswoude, Scherpenzeel, Veenendaal en Rhenen) volgen pas na de evaluatie. Lokale teams schakelen JeugdLink in zodra zij zorgen hebben over veiligheid; het lokale team blijft betrokken en de hulp loopt door. Het team bepaalt met het gezin of een vrijwillige aanpak volstaat of dat een verzoek aan de rechter nodig is.',
    principles: ['simple', 'family'],
    themes: ['regional_safety_team', 'local_team', 'scale', 'integrated_steering'],
    partners: ['local_team', 'veilig_thuis', 'gi', 'rvdk'],
    status: 'geborgd',
    startDate: '2022-09-01',
    endDate: '2025-06-30',
    outcome: 'effectief',
    lessons:
      'Het team werkte het best waar een lokaal team één vaste contactpersoon bij JeugdLink had; wisselende aanspreekpunten leidden tot nieuwe overdrachten. Door de start in één gemeente kende het team de lokale teams persoonlijk. Voor de uitbreiding naar de andere gemeenten moeten eerst de verschillen in inkoop en werkwijze tussen de gemeenten worden opgelost. JeugdLink wordt sinds 1 juli 2025 structureel gefinancierd uit de gezamenlijke regiobegroting.',
    bottleneckKeys: ['foodvalley-inkoop', 'zeeland-uitvoering-door-gi'],
    indicators: ['handovers_per_case', 'reescalation'],
    effect: 0.15,
  },
  {
    key: 'foodvalley-jeugdlink-consult',
    region: 'foodvalley',
    title: 'Consultatie door JeugdLink binnen vijf werkdagen',
    hypothesis:
      'Een vaste consultatietermijn van vijf werkdagen zorgt dat lokale teams eerder om advies vragen en dat minder zaken doorlopen naar een melding of raadsonderzoek.',
    description:
      'Lokale teams, huisartsen en de jeugdgezondheidszorg kunnen een situatie anoniem of op naam voorleggen aan JeugdLink. Binnen vijf werkdagen volgt een consultatiegesprek met een gedragswetenschapper en een jeugdbeschermer. We houden bij hoe vaak een consultatie uitmondt in een melding bij Veilig Thuis of een verzoek tot onderzoek bij de Raad voor de Kinderbescherming.',
    principles: ['simple'],
    themes: ['local_team', 'regional_safety_team', 'information_provision'],
    partners: ['local_team', 'youth_health_care', 'gi', 'veilig_thuis'],
    status: 'lopend',
    startDate: '2024-04-01',
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: [],
    indicators: ['triage_on_time'],
    effect: 0.12,
  },
  {
    key: 'foodvalley-volwassenen-ggz',
    region: 'foodvalley',
    title: 'Vaste professional uit de volwassenen-ggz in JeugdLink',
    hypothesis:
      'Een ggz-professional in het team zorgt dat psychische problemen van ouders eerder worden herkend en dat de behandeling van de ouder en de hulp aan het kind op elkaar aansluiten.',
    description:
      'Met twee ggz-aanbieders in de regio worden afspraken gemaakt over de detachering van een sociaal psychiatrisch verpleegkundige in het JeugdLink-team, twee dagen per week. De voorbereiding loopt vast op de vraag welke gegevens de ggz-professional mag inzien en delen zonder toestemming van de ouder.',
    principles: ['family'],
    themes: ['adult_mental_health', 'family_approach', 'information_provision'],
    partners: ['adult_mh', 'gi', 'local_team'],
    status: 'voorbereiding',
    startDate: null,
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['foodvalley-gegevens-volwassenen-ggz'],
    indicators: ['adult_mh_involved'],
    effect: 0,
  },
  {
    key: 'foodvalley-leerlijn-veiligheid',
    region: 'foodvalley',
    title: 'Gezamenlijke leerlijn veiligheid voor lokale teams',
    hypothesis:
      'Als medewerkers van lokale teams samen met JeugdLink-professionals worden geschoold in het inschatten van veiligheid, herkennen zij onveilige situaties eerder en onderbouwen zij hun zorgen beter.',
    description:
      'Een leerlijn van zes bijeenkomsten over veiligheidstaxatie, gespreksvoering en het gebruik van de meldcode, gegeven door JeugdLink-professionals samen met een ervaringsdeskundige ouder. De evaluatie kijkt naar het vertrouwen van deelnemers in hun eigen oordeel, de kwaliteit van consultatievragen en het personeelsverloop onder deelnemers.',
    principles: ['learning'],
    themes: ['workforce', 'local_team'],
    partners: ['local_team', 'gi', 'veilig_thuis', 'lived_experience'],
    status: 'evaluatie',
    startDate: '2024-09-01',
    endDate: '2026-07-01',
    outcome: null,
    lessons: null,
    bottleneckKeys: [],
    indicators: ['analysis_on_time'],
    effect: 0,
  },

  // ── Rotterdam-Rijnmond — Wij doen het beter ───────────────────────────────────────────────
  {
    key: 'rotterdam-klantreis',
    region: 'rotterdam-rijnmond',
    title: 'Klantreis: de route door de keten door de ogen van het gezin',
    hypothesis:
      'Als we de route van gezinnen door de keten vanuit hun ervaring in kaart brengen, kunnen we overbodige schakels, wachttijden en herhaalde onderzoeken gericht wegnemen.',
    description:
      'Samen met ouders en jongeren met ervaring is de klantreis uitgetekend, van de eerste zorg bij wijkteam of school tot het einde van een maatregel. Per stap is vastgelegd wie het gezin spreekt, hoe lang het duurt en welke informatie opnieuw wordt gevraagd. Op basis daarvan zijn vier knelpunten in de route aangepakt.',
    principles: ['simple', 'learning'],
    themes: ['integrated_steering', 'local_team', 'information_provision'],
    partners: ['local_team', 'veilig_thuis', 'rvdk', 'gi', 'lived_experience'],
    status: 'geborgd',
    startDate: '2022-11-01',
    endDate: '2024-03-31',
    outcome: 'deels',
    lessons:
      'De klantreis maakte zichtbaar dat gezinnen hun verhaal vaak vijf keer of vaker moesten vertellen voordat passende hulp startte. Het schrappen van dubbele intakes lukte binnen de bestaande regels; het verkorten van wachttijden bij specialistische hulp niet, omdat daar het aanbod tekortschiet. De klantreis wordt jaarlijks herhaald met een nieuwe groep ervaringsdeskundigen.',
    bottleneckKeys: ['rotterdam-dubbel-onderzoek-wmo'],
    indicators: ['days_to_help'],
    effect: 0.1,
  },
  {
    key: 'rotterdam-zorg-en-straf',
    region: 'rotterdam-rijnmond',
    title: 'Zorg en straf aan één tafel',
    hypothesis:
      'Als zorg- en strafrechtpartners bij huiselijk geweld één gezamenlijke aanpak afspreken, sluiten strafrechtelijke interventies en hulp aan het gezin beter op elkaar aan en neemt herhaling van geweld af.',
    description:
      'In het Zorg- en Veiligheidshuis bespreken politie, OM, reclassering, Veilig Thuis, de GI en de Raad wekelijks gezinnen waarin zowel een strafzaak als hulp of een kinderbeschermingsmaatregel loopt. Het doel is één plan waarin de strafrechtelijke afdoening rekening houdt met de veiligheid en de ontwikkeling van de kinderen.',
    principles: ['family', 'simple'],
    themes: ['zero_to_hundred', 'court_legal_instruments', 'integrated_steering'],
    partners: ['police', 'prosecutor', 'veilig_thuis', 'gi', 'rvdk', 'local_team'],
    status: 'lopend',
    startDate: '2023-06-01',
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['rotterdam-toezicht-bijzondere-voorwaarden', 'rotterdam-justitiele-gegevens'],
    indicators: ['one_plan'],
    effect: 0.06,
  },
  {
    key: 'rotterdam-bijzondere-voorwaarden',
    region: 'rotterdam-rijnmond',
    title: 'Bijzondere voorwaarden afgestemd op het gezinsplan',
    hypothesis:
      'Als bijzondere voorwaarden bij een voorwaardelijk sepot of een voorwaardelijke straf aansluiten op het gezinsplan, wordt hulp vaker afgerond en is er minder dubbel toezicht.',
    description:
      'Bij zaken van huiselijk geweld waarin ook een GI betrokken is, levert de jeugdbeschermer vóór de zitting of de beslissing van het OM een korte schets van het gezinsplan aan. Reclassering en GI spreken af wie toezicht houdt op welk onderdeel. De evaluatie betreft zaken die in 2024 en 2025 zijn afgesloten.',
    principles: ['family', 'legal'],
    themes: ['court_legal_instruments', 'supervision', 'family_approach'],
    partners: ['prosecutor', 'gi', 'police'],
    status: 'evaluatie',
    startDate: '2024-02-01',
    endDate: '2026-03-31',
    outcome: null,
    lessons: null,
    bottleneckKeys: ['rotterdam-toezicht-bijzondere-voorwaarden'],
    indicators: ['one_plan', 'recurrence_after_closure'],
    effect: 0,
  },
  {
    key: 'rotterdam-start-na-huisverbod',
    region: 'rotterdam-rijnmond',
    title: 'Directe start van gezinshulp na een huisverbod',
    hypothesis:
      'Als een gezinshulpverlener binnen 48 uur na een huisverbod bij het gezin is, wordt het huisverbod minder vaak verlengd en volgt minder vaak een nieuwe melding.',
    description:
      'Een flexibele pool van gezinshulpverleners werd ingezet om binnen 48 uur na het opleggen van een huisverbod zowel de achterblijvers als degene aan wie het huisverbod is opgelegd te bezoeken.',
    principles: ['simple', 'family'],
    themes: ['zero_to_hundred', 'workforce'],
    partners: ['local_team', 'veilig_thuis', 'police'],
    status: 'gestopt',
    startDate: '2023-04-01',
    endDate: '2024-02-29',
    outcome: 'onbekend',
    lessons:
      'Door personeelstekort haalde de pool de termijn van 48 uur maar in een deel van de gevallen, waardoor een zinvolle vergelijking niet mogelijk was. Het aantal huisverboden in de looptijd was bovendien te klein voor conclusies over verlenging en nieuwe meldingen. Gezinnen waardeerden wel dat beide partijen door dezelfde hulpverlener werden bezocht; dat onderdeel is overgenomen in de werkwijze van zorg en straf.',
    bottleneckKeys: ['amsterdam-huisverbod'],
    indicators: ['days_to_help'],
    effect: 0,
  },
  {
    key: 'rotterdam-ervaringsdeskundigen',
    region: 'rotterdam-rijnmond',
    title: 'Ervaringsdeskundigen in de ketenbespreking',
    hypothesis:
      'Een ervaringsdeskundige in de ketenbespreking maakt besluiten begrijpelijker voor gezinnen en vergroot hun vertrouwen in de hulp.',
    description:
      'Bij de wekelijkse bespreking van zorg en straf en bij de jaarlijkse herhaling van de klantreis schuift een getrainde ervaringsdeskundige aan. Die let op taal, op de inbreng van ouders en jongeren en op de vraag of een besluit aan het gezin is uit te leggen. Gezinnen worden na afloop gevraagd naar hun ervaring.',
    principles: ['legal', 'learning'],
    themes: ['legal_protection', 'family_approach', 'workforce'],
    partners: ['lived_experience', 'gi', 'veilig_thuis', 'local_team'],
    status: 'lopend',
    startDate: '2025-01-06',
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: [],
    indicators: ['reflection_experts'],
    effect: 0.25,
  },

  // ── Utrecht — Bescherming in Beweging ─────────────────────────────────────────────────────
  {
    key: 'utrecht-beschermingstafel',
    region: 'utrecht',
    title: 'Beschermingstafel met ouders, jeugdige en de Raad',
    hypothesis:
      'Als ouders en jeugdige samen met het buurtteam en de Raad aan tafel zitten voordat een raadsonderzoek start, zijn minder raadsonderzoeken nodig en begrijpen gezinnen beter waarom een maatregel wordt overwogen.',
    description:
      'Bij zorgen die mogelijk tot een kinderbeschermingsmaatregel leiden, organiseert het buurtteam een beschermingstafel. Ouders, de jeugdige vanaf twaalf jaar, het buurtteam, de Raad voor de Kinderbescherming en zo nodig Veilig Thuis of de GI bespreken samen de zorgen en wat er nodig is. Ouders kunnen een vertrouwenspersoon meenemen. Aan het eind besluit de Raad of een raadsonderzoek start of dat een vrijwillige aanpak wordt afgesproken.',
    principles: ['legal', 'simple', 'family'],
    themes: ['legal_protection', 'local_team', 'court_legal_instruments'],
    partners: ['local_team', 'rvdk', 'gi', 'veilig_thuis'],
    status: 'geborgd',
    startDate: '2022-06-01',
    endDate: '2024-12-31',
    outcome: 'effectief',
    lessons:
      'Een goede voorbereiding van ouders, met een gesprek vooraf over wat er aan tafel gebeurt, bepaalde in hoge mate of de tafel als eerlijk werd ervaren. In een aanzienlijk deel van de besprekingen werd een raadsonderzoek voorkomen door heldere afspraken in het vrijwillig kader. De rol van de Raad moest expliciet worden gemaakt: aan tafel als adviseur, niet als onderzoeker. De beschermingstafel is vanaf 2025 de vaste werkwijze in Utrecht en Utrecht-West.',
    bottleneckKeys: ['utrecht-rol-raad', 'utrecht-toets-voor-verzoekschrift'],
    indicators: ['independent_review', 'child_voice'],
    effect: 0.08,
  },
  {
    key: 'utrecht-stem-van-het-kind',
    region: 'utrecht',
    title: 'De stem van het kind aan de beschermingstafel',
    hypothesis:
      'Als kinderen vooraf in een eigen gesprek worden gehoord en hun inbreng zichtbaar terugkomt in het besluit, voelen zij zich serieuzer genomen en zijn besluiten beter onderbouwd.',
    description:
      'Voorafgaand aan elke beschermingstafel spreekt een vaste professional het kind apart, op een plek en manier die het kind kiest; bij jonge kinderen met behulp van tekenen en spel. Het verslag van de tafel bevat een vaste paragraaf over wat het kind heeft ingebracht en wat daarmee is gedaan. Het stappenplan ‘Het beste besluit’ van de Kinderombudsman dient als leidraad.',
    principles: ['legal', 'family'],
    themes: ['legal_protection', 'family_approach'],
    partners: ['local_team', 'rvdk', 'lived_experience'],
    status: 'lopend',
    startDate: '2024-10-01',
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: [],
    indicators: ['child_voice', 'children_heard'],
    effect: 0.1,
  },
  {
    key: 'utrecht-rechtsbijstand-ouders',
    region: 'utrecht',
    title: 'Rechtsbijstand voor ouders vanaf de beschermingstafel',
    hypothesis:
      'Als ouders al vóór een eventueel verzoekschrift toegang hebben tot een advocaat, verloopt de procedure zorgvuldiger en worden minder verzoeken aangehouden of in hoger beroep aangevochten.',
    description:
      'Ouders die aan de beschermingstafel zitten, krijgen een kosteloos gesprek aangeboden met een advocaat uit een vaste pool van jeugdrechtadvocaten. De gemeenten dragen in de proeftuin de kosten, omdat gesubsidieerde rechtsbijstand in deze fase meestal niet beschikbaar is. We volgen hoe vaak ouders van het aanbod gebruikmaken en hoe zij de procedure ervaren.',
    principles: ['legal'],
    themes: ['legal_protection', 'court_legal_instruments'],
    partners: ['rvdk', 'local_team', 'lived_experience'],
    status: 'lopend',
    startDate: '2025-03-01',
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['utrecht-rechtsbijstand'],
    indicators: ['legal_aid_offered', 'legal_aid'],
    effect: 0.3,
  },
  {
    key: 'utrecht-onafhankelijke-toets',
    region: 'utrecht',
    title: 'Onafhankelijke toets vóór een verzoek aan de rechter',
    hypothesis:
      'Een toets door een jurist en een gedragswetenschapper die niet bij het gezin betrokken zijn, verbetert de kwaliteit van verzoekschriften en vermindert het aantal afgewezen of aangehouden verzoeken.',
    description:
      'Voordat een verzoek tot ondertoezichtstelling of machtiging tot uithuisplaatsing wordt ingediend, beoordelen een jurist en een gedragswetenschapper van de Raad die niet bij de zaak betrokken zijn het dossier op feiten, onderbouwing en de inbreng van ouders en kind. De evaluatie vergelijkt de beslissingen van de rechter met die uit de periode vóór de proeftuin.',
    principles: ['legal', 'learning'],
    themes: ['legal_protection', 'court_legal_instruments', 'supervision'],
    partners: ['rvdk', 'gi'],
    status: 'evaluatie',
    startDate: '2024-05-01',
    endDate: '2026-05-31',
    outcome: null,
    lessons: null,
    bottleneckKeys: ['utrecht-toets-voor-verzoekschrift'],
    indicators: ['independent_review'],
    effect: 0.07,
  },
  {
    key: 'utrecht-klachtenloket',
    region: 'utrecht',
    title: 'Eén klachtenloket voor de hele keten',
    hypothesis:
      'Eén loket voor klachten over alle betrokken organisaties maakt het voor ouders en jongeren eenvoudiger om een klacht in te dienen en geeft de keten beter zicht op terugkerende problemen.',
    description:
      'Idee om klachten over buurtteam, Veilig Thuis, Raad en GI via één regionaal loket te laten binnenkomen. Een vaste klachtenfunctionaris helpt bij het formuleren van de klacht en leidt die door naar de juiste klachtencommissie. Klachten worden jaarlijks gezamenlijk geanalyseerd op lessen voor de keten.',
    principles: ['legal', 'learning'],
    themes: ['legal_protection', 'supervision', 'integrated_steering'],
    partners: ['local_team', 'veilig_thuis', 'rvdk', 'gi', 'lived_experience'],
    status: 'idee',
    startDate: null,
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['utrecht-klachtrecht'],
    indicators: ['complaints_on_time'],
    effect: 0,
  },

  // ── Zeeland — Vaart in Veiligheid ─────────────────────────────────────────────────────────
  {
    key: 'zeeland-een-plan',
    region: 'zeeland',
    title: 'Eén gezin, één plan',
    hypothesis:
      'Als alle betrokken organisaties werken vanuit één plan dat met het gezin is opgesteld, zijn er minder overlappende trajecten en weten gezinnen beter wat er van hen wordt verwacht.',
    description:
      'Lokale teams, Veilig Thuis, de GI en de Raad werken in drie Zeeuwse gemeenten (de proef) met één gezinsplan; de andere tien gemeenten volgen na de evaluatie. Het plan wordt met het gezin opgesteld en bevat doelen voor de veiligheid en ontwikkeling van de kinderen en voor de volwassenen. Bij een overdracht of een maatregel gaat het plan mee en wordt het aangevuld, niet vervangen.',
    principles: ['family', 'simple'],
    themes: ['family_approach', 'local_team', 'integrated_steering', 'scale'],
    partners: ['local_team', 'veilig_thuis', 'gi', 'rvdk', 'adult_mh'],
    status: 'geborgd',
    startDate: '2022-09-01',
    endDate: '2025-08-31',
    outcome: 'effectief',
    lessons:
      'Eén plan vroeg vooral om afspraken over eigenaarschap: wie houdt het plan bij als meerdere organisaties betrokken zijn. Het plan werd pas echt gedeeld toen het gezin een eigen exemplaar kreeg en zelf wijzigingen kon voorstellen. Organisaties bleven naast het gezinsplan eigen plannen maken voor hun verantwoording; die dubbeling is verminderd maar niet verdwenen. Het gezinsplan is per september 2025 vastgelegd in de Zeeuwse samenwerkingsafspraken.',
    bottleneckKeys: ['zeeland-uitvoering-door-gi'],
    indicators: ['one_plan'],
    effect: 0.1,
  },
  {
    key: 'zeeland-vaste-professional',
    region: 'zeeland',
    title: 'Eén vaste professional, ook bij een maatregel',
    hypothesis:
      'Als het gezin dezelfde professional houdt van de eerste zorg tot na afloop van een kinderbeschermingsmaatregel, gaat er minder informatie verloren en blijft het vertrouwen behouden.',
    description:
      'Een vaste professional uit het lokale team of de GI blijft het aanspreekpunt van het gezin, ook als een ondertoezichtstelling wordt uitgesproken. In de huidige opzet voert de GI de maatregel formeel uit en werkt de vaste professional mee als regisseur; het gezin heeft in de praktijk met één persoon te maken. We meten het aantal wisselingen van hulpverlener per gezin.',
    principles: ['family', 'simple'],
    themes: ['family_approach', 'local_team', 'regional_safety_team', 'workforce'],
    partners: ['local_team', 'gi', 'rvdk'],
    status: 'lopend',
    startDate: '2023-01-09',
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['zeeland-uitvoering-door-gi', 'zeeland-verlengde-jeugdhulp'],
    indicators: ['one_contact'],
    effect: 0.12,
  },
  {
    key: 'zeeland-digitaal-gezinsplan',
    region: 'zeeland',
    title: 'Digitaal gedeeld gezinsplan',
    hypothesis:
      'Een beveiligde online omgeving waarin gezin en professionals het gezinsplan samen bijhouden, zorgt dat iedereen met dezelfde, actuele versie werkt.',
    description:
      'Het gezinsplan werd in een beveiligde online omgeving geplaatst, waar het gezin en de betrokken professionals het konden inzien en aanvullen. De pilot liep bij vier lokale teams.',
    principles: ['simple', 'learning'],
    themes: ['information_provision', 'family_approach'],
    partners: ['local_team', 'gi', 'veilig_thuis'],
    status: 'gestopt',
    startDate: '2023-02-01',
    endDate: '2024-05-31',
    outcome: 'niet effectief',
    lessons:
      'De omgeving sloot niet aan op de registratiesystemen van de deelnemende organisaties, waardoor professionals dubbel moesten registreren. Veel gezinnen gebruikten de omgeving niet; een papieren of gemaild plan bleek voor hen toegankelijker. Het regelen van toegangsrechten per gezinslid kostte meer tijd dan verwacht. We maken eerst afspraken over het plan zelf en kiezen pas daarna een digitaal hulpmiddel.',
    bottleneckKeys: ['wbw-grondslag-veiligheidskaart'],
    indicators: ['one_plan'],
    effect: 0,
  },
  {
    key: 'zeeland-consultatie-ggz',
    region: 'zeeland',
    title: 'Consultatielijn volwassenen-ggz voor lokale teams',
    hypothesis:
      'Snelle consultatie van een ggz-professional helpt lokale teams om psychische problemen van ouders eerder te herkennen en de juiste hulp in te schakelen.',
    description:
      'Lokale teams kunnen wekelijks op een vast moment een situatie voorleggen aan een psychiater of sociaal psychiatrisch verpleegkundige van een ggz-aanbieder. In de voorbereiding worden afspraken gemaakt over privacy, financiering en registratie.',
    principles: ['family'],
    themes: ['adult_mental_health', 'local_team'],
    partners: ['adult_mh', 'local_team'],
    status: 'voorbereiding',
    startDate: null,
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['zeeland-wvggz-melding', 'foodvalley-gegevens-volwassenen-ggz'],
    indicators: ['adult_mh_involved'],
    effect: 0,
  },

  // ── West-Brabant West ─────────────────────────────────────────────────────────────────────
  {
    key: 'wbw-veiligheidskaart',
    region: 'west-brabant-west',
    title: 'Veiligheidskaart als gedeeld beeld met het gezin',
    hypothesis:
      'Als gezin en professionals één veiligheidskaart gebruiken, met zorgen, krachten en afspraken op één pagina, is voor iedereen helder wat er moet veranderen en hoeven gezinnen hun situatie niet steeds opnieuw uit te leggen.',
    description:
      'De veiligheidskaart beschrijft in eenvoudige taal de zorgen over veiligheid, wat al goed gaat, de doelen en wie wat doet. Het gezin krijgt de kaart en beslist mee over aanpassingen. Lokale teams, Veilig Thuis, de GI en de Raad in de negen gemeenten gebruiken dezelfde kaart, zodat die bij een overdracht of een maatregel wordt voortgezet.',
    principles: ['family', 'simple'],
    themes: ['family_approach', 'information_provision', 'local_team'],
    partners: ['local_team', 'veilig_thuis', 'gi', 'rvdk', 'lived_experience'],
    status: 'geborgd',
    startDate: '2022-10-03',
    endDate: '2024-09-30',
    outcome: 'effectief',
    lessons:
      'De kaart werkt alleen als die echt samen met het gezin wordt gemaakt; een kaart die de professional invulde en daarna voorlegde, zagen ouders niet als de hunne. Eenvoudige taal en een vaste indeling maakten de kaart ook leesbaar voor scholen en huisartsen. De Raad gebruikt de kaart inmiddels als startpunt voor het raadsonderzoek. Sinds oktober 2024 werken alle negen gemeenten standaard met de kaart.',
    bottleneckKeys: ['wbw-grondslag-veiligheidskaart', 'wbw-dubbel-raadsonderzoek'],
    indicators: ['one_plan', 'informed_rights'],
    effect: 0.1,
  },
  {
    key: 'wbw-vast-duo',
    region: 'west-brabant-west',
    title: 'Vast duo van lokaal team en jeugdbescherming',
    hypothesis:
      'Als een medewerker van het lokale team en een jeugdbeschermer vanaf het begin als vast duo met een gezin werken, is specialistische kennis direct beschikbaar en ziet het gezin bij opschaling dezelfde gezichten.',
    description:
      'Bij zorgen over veiligheid wordt een vast duo gevormd van een medewerker van het lokale team en een jeugdbeschermer van de GI. Het duo werkt met het gezin aan de veiligheidskaart en blijft betrokken, ook als Veilig Thuis of de Raad wordt ingeschakeld. Het duo komt tegemoet aan de zorg dat één vast gezicht niet altijd haalbaar of wenselijk is: professionals kunnen met elkaar overleggen en het gezin heeft een tweede aanspreekpunt.',
    principles: ['family', 'simple'],
    themes: ['local_team', 'regional_safety_team', 'family_approach', 'workforce'],
    partners: ['local_team', 'gi', 'veilig_thuis'],
    status: 'lopend',
    startDate: '2023-05-01',
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['wbw-monitoring-gegevens'],
    indicators: ['one_contact', 'reescalation'],
    effect: 0.1,
  },
  {
    key: 'wbw-duo-bij-maatregel',
    region: 'west-brabant-west',
    title: 'Vast duo blijft betrokken bij een ondertoezichtstelling',
    hypothesis:
      'Als het vaste duo na een uitspraak van de rechter de maatregel zelf uitvoert, hoeft geen nieuwe jeugdbeschermer te worden ingewerkt en blijft de opgebouwde relatie met het gezin behouden.',
    description:
      'Uitbreiding van het vaste duo: bij een ondertoezichtstelling voert de jeugdbeschermer uit het duo de maatregel uit en blijft de medewerker van het lokale team betrokken bij de hulp aan het gezin. De voorbereiding richt zich op de verdeling van verantwoordelijkheden, de financiering en de vraag wat de huidige wet toelaat.',
    principles: ['family', 'legal'],
    themes: ['court_legal_instruments', 'regional_safety_team', 'family_approach'],
    partners: ['gi', 'local_team', 'rvdk'],
    status: 'voorbereiding',
    startDate: null,
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['zeeland-uitvoering-door-gi'],
    indicators: ['waiting_guardian'],
    effect: 0,
  },
  {
    key: 'wbw-onderwijs',
    region: 'west-brabant-west',
    title: 'School als vaste gesprekspartner bij de veiligheidskaart',
    hypothesis:
      'Als de school met instemming van het gezin meedoet aan de veiligheidskaart, worden zorgen eerder gedeeld en kan de school bijdragen aan de veiligheidsafspraken.',
    description:
      'Idee uit de evaluatie van de veiligheidskaart: scholen en de jeugdgezondheidszorg standaard uitnodigen bij het opstellen en bijstellen van de kaart, als het gezin daarmee instemt. Eerst wordt met twee scholen voor primair onderwijs en één school voor voortgezet onderwijs verkend wat daarvoor nodig is.',
    principles: ['family'],
    themes: ['family_approach', 'local_team', 'information_provision'],
    partners: ['education', 'youth_health_care', 'local_team'],
    status: 'idee',
    startDate: null,
    endDate: null,
    outcome: null,
    lessons: null,
    bottleneckKeys: ['wbw-grondslag-veiligheidskaart'],
    indicators: [],
    effect: 0,
  },
];

export const SEED_BOTTLENECKS: readonly SeedBottleneck[] = [
  // ── Amsterdam-Amstelland ──────────────────────────────────────────────────────────────────
  {
    key: 'amsterdam-taken-veilig-thuis',
    region: 'amsterdam-amstelland',
    title: 'Taken van Veilig Thuis wettelijk belegd bij een afzonderlijke organisatie',
    description:
      'De Wmo 2015 belegt de taken van het advies- en meldpunt huiselijk geweld en kindermishandeling bij een afzonderlijke organisatie met eigen taken en bevoegdheden. Het 0–100-team kan daardoor niet zelf als Veilig Thuis optreden: meldingen lopen formeel via Veilig Thuis en worden daarna overgedragen. Dat is een extra schakel die het scenario juist wil schrappen.',
    legalFramework: 'wmo2015',
    article: 'art. 4.1.1 Wmo 2015',
    principle: 'simple',
    severity: 'blokkerend',
    status: 'experimenteerwet nodig',
    identifiedDate: '2023-02-14',
    resolvedDate: null,
    proposedSolution:
      'Een experimenteerbepaling die het mogelijk maakt de taken van Veilig Thuis voor de duur van de proeftuin te beleggen bij een regionaal veiligheidsteam, met behoud van het meldrecht en de waarborgen voor melders.',
  },
  {
    key: 'amsterdam-dossiervorming',
    region: 'amsterdam-amstelland',
    title: 'Eén dossier voor kinderen en volwassenen in het 0–100-team',
    description:
      'De Jeugdwet geeft een grondslag voor het verwerken van gegevens van jeugdigen en hun ouders, maar niet voor andere volwassenen in het huishouden, zoals een nieuwe partner of een inwonende grootouder. Het 0–100-team werkt daardoor met gescheiden dossiers voor jeugd en volwassenen, terwijl de veiligheidsanalyse over het hele huishouden gaat.',
    legalFramework: 'jeugdwet',
    article: 'art. 7.4.0 Jeugdwet',
    principle: 'family',
    severity: 'hoog',
    status: 'in analyse',
    identifiedDate: '2023-06-20',
    resolvedDate: null,
    proposedSolution:
      'Laten uitzoeken of een gezamenlijke verwerking op grond van de Wmo 2015 en de Jeugdwet volstaat. Zo niet, dan een grondslag voor één huishouddossier opnemen in de experimenteerwet, met een DPIA en strikte toegangsregels.',
  },
  {
    key: 'amsterdam-huisverbod',
    region: 'amsterdam-amstelland',
    title: 'Hulp na een tijdelijk huisverbod bereikt het 0–100-team te laat',
    description:
      'Na een tijdelijk huisverbod moet de hulp binnen de termijn van het huisverbod op gang komen. De kennisgeving ging naar Veilig Thuis en werd pas daarna doorgezet, waardoor het 0–100-team soms pas na een week contact kon leggen.',
    legalFramework: 'overig',
    article: 'art. 2 Wet tijdelijk huisverbod',
    principle: 'simple',
    severity: 'middel',
    status: 'opgelost binnen huidige wet',
    identifiedDate: '2023-01-10',
    resolvedDate: '2023-07-01',
    proposedSolution:
      'Werkafspraak met de burgemeesters in de regio: het 0–100-team ontvangt de kennisgeving van een huisverbod tegelijk met Veilig Thuis en neemt binnen twee werkdagen contact op. Een wetswijziging bleek niet nodig.',
  },
  {
    key: 'amsterdam-toestemming-gezag',
    region: 'amsterdam-amstelland',
    title: 'Toestemming van beide gezaghebbende ouders voor hulp aan het kind',
    description:
      'Voor hulp aan een kind jonger dan zestien jaar is bij gezamenlijk gezag in de regel toestemming van beide ouders nodig, ook als een van hen pleger van het geweld is. Weigert die ouder, dan loopt de hulp aan het kind vertraging op of wordt een kinderbeschermingsmaatregel nodig die anders niet nodig was geweest.',
    legalFramework: 'jeugdwet',
    article: 'art. 7.3.4 Jeugdwet',
    principle: 'family',
    severity: 'hoog',
    status: 'landelijk geagendeerd',
    identifiedDate: '2023-11-08',
    resolvedDate: null,
    proposedSolution:
      'Landelijk verduidelijken wanneer hulp aan het kind bij huiselijk geweld met toestemming van één ouder kan starten, en de vervangende beslissing door de rechter bij een geschil over het gezag (art. 1:253a BW) versnellen.',
  },

  // ── FoodValley ────────────────────────────────────────────────────────────────────────────
  {
    key: 'foodvalley-gegevens-volwassenen-ggz',
    region: 'foodvalley',
    title: 'Gegevensdeling met de volwassenen-ggz zonder toestemming van de ouder',
    description:
      'Gegevens over de psychische gezondheid van een ouder zijn bijzondere persoonsgegevens. Een ggz-behandelaar mag die zonder toestemming alleen delen bij een conflict van plichten, en dan per geval. Voor een structurele uitwisseling met het JeugdLink-team, bijvoorbeeld in een gezamenlijke casusbespreking, ontbreekt een duidelijke grondslag.',
    legalFramework: 'avg',
    article: 'art. 9 AVG',
    principle: 'family',
    severity: 'hoog',
    status: 'landelijk geagendeerd',
    identifiedDate: '2023-03-21',
    resolvedDate: null,
    proposedSolution:
      'Een landelijke handreiking voor gegevensdeling tussen jeugdbescherming en volwassenen-ggz, en op termijn een wettelijke grondslag voor uitwisseling in het belang van de veiligheid van het kind, met waarborgen zoals een DPIA en logging.',
  },
  {
    key: 'foodvalley-overgang-18-plus',
    region: 'foodvalley',
    title: 'Overgang van Jeugdwet naar Wmo 2015 bij 18 jaar',
    description:
      'Bij achttien jaar eindigt de jeugdbeschermingsmaatregel en is voor vervolghulp een nieuwe aanvraag met een nieuw onderzoek onder de Wmo 2015 nodig. Jongeren zitten daardoor tijdelijk zonder hulp of haken af, juist op een kwetsbaar moment.',
    legalFramework: 'wmo2015',
    article: 'art. 2.3.5 Wmo 2015',
    principle: 'simple',
    severity: 'hoog',
    status: 'wetswijziging nodig',
    identifiedDate: '2023-10-02',
    resolvedDate: null,
    proposedSolution:
      'Een doorlopende aanpak van 16 tot 23 jaar met één toegangsbesluit, zodat het onderzoek onder de Jeugdwet ook geldt als onderzoek onder de Wmo 2015 en de vaste hulpverlener kan aanblijven.',
  },
  {
    key: 'foodvalley-inkoop',
    region: 'foodvalley',
    title: 'Verschillende inkoopvoorwaarden in zeven gemeenten',
    description:
      'Iedere gemeente had een eigen verordening en eigen contracten voor jeugdhulp, met eigen productcodes en verantwoordingseisen. JeugdLink moest daardoor per gemeente anders registreren en declareren.',
    legalFramework: 'overig',
    article: 'Verordeningen jeugdhulp van de zeven gemeenten',
    principle: 'simple',
    severity: 'middel',
    status: 'vervallen',
    identifiedDate: '2022-10-12',
    resolvedDate: '2025-01-01',
    proposedSolution:
      'Geen wettelijk knelpunt gebleken. Met de gezamenlijke regionale inkoop en één regionale verordening per 1 januari 2025 is het knelpunt vervallen.',
  },

  // ── Rotterdam-Rijnmond ────────────────────────────────────────────────────────────────────
  {
    key: 'rotterdam-toezicht-bijzondere-voorwaarden',
    region: 'rotterdam-rijnmond',
    title: 'Strafrechtelijke bijzondere voorwaarden staan los van het gezinsplan',
    description:
      'Bijzondere voorwaarden bij een voorwaardelijke straf worden in het strafrecht opgelegd en gecontroleerd, terwijl een ondertoezichtstelling in het civiele recht loopt. Een wettelijke koppeling tussen beide ontbreekt, waardoor een gezin met twee toezichthouders en soms tegenstrijdige afspraken te maken heeft.',
    legalFramework: 'strafrecht',
    article: 'art. 14c Sr',
    principle: 'family',
    severity: 'middel',
    status: 'landelijk geagendeerd',
    identifiedDate: '2023-09-12',
    resolvedDate: null,
    proposedSolution:
      'Landelijk laten uitwerken hoe OM en rechter het gezinsplan betrekken bij het bepalen van bijzondere voorwaarden, en wie de regie heeft over het toezicht. Tot die tijd regionale werkafspraken tussen reclassering en GI.',
  },
  {
    key: 'rotterdam-justitiele-gegevens',
    region: 'rotterdam-rijnmond',
    title: 'Strafvorderlijke gegevens niet beschikbaar voor het gezinsplan',
    description:
      'Informatie uit een lopend strafrechtelijk onderzoek, bijvoorbeeld over eerdere incidenten of opgelegde voorwaarden, mag maar beperkt aan hulpverleners worden verstrekt. Aan tafel wordt daardoor soms besloten zonder dat alle partijen over dezelfde informatie beschikken.',
    legalFramework: 'overig',
    article: 'art. 39f Wjsg',
    principle: 'simple',
    severity: 'hoog',
    status: 'in analyse',
    identifiedDate: '2024-01-23',
    resolvedDate: null,
    proposedSolution:
      'Nagaan of het convenant van het Zorg- en Veiligheidshuis een voldoende basis biedt voor verstrekking op grond van art. 39f Wjsg. Zo niet, dan verstrekking aan het regionale veiligheidsteam regelen in het Besluit justitiële en strafvorderlijke gegevens.',
  },
  {
    key: 'rotterdam-adolescentenstrafrecht',
    region: 'rotterdam-rijnmond',
    title: 'Jongvolwassenen vallen bij 18 jaar uit de gezinsaanpak',
    description:
      'Het adolescentenstrafrecht maakt toepassing van het jeugdstrafrecht tot 23 jaar mogelijk, maar wordt in de praktijk beperkt toegepast. Jongvolwassenen die betrokken zijn bij huiselijk geweld in het gezin komen daardoor in het volwassenenstrafrecht terecht, los van de aanpak van de rest van het gezin.',
    legalFramework: 'strafrecht',
    article: 'art. 77c Sr',
    principle: 'family',
    severity: 'middel',
    status: 'gesignaleerd',
    identifiedDate: '2026-05-19',
    resolvedDate: null,
    proposedSolution:
      'Met OM en rechtbank bespreken in welke gezinszaken vaker om toepassing van het adolescentenstrafrecht kan worden gevraagd, en de uitkomst verwerken in de werkwijze van zorg en straf.',
  },
  {
    key: 'rotterdam-dubbel-onderzoek-wmo',
    region: 'rotterdam-rijnmond',
    title: 'Dubbel onderzoek voor ouders en kinderen onder Jeugdwet en Wmo 2015',
    description:
      'Als een gezin zowel jeugdhulp als ondersteuning voor een ouder nodig had, voerde het wijkteam twee afzonderlijke onderzoeken uit met twee verslagen. Ouders ervoeren dat als dubbel werk en als onnodig belastend.',
    legalFramework: 'wmo2015',
    article: 'art. 2.3.2 Wmo 2015',
    principle: 'simple',
    severity: 'laag',
    status: 'opgelost binnen huidige wet',
    identifiedDate: '2023-02-07',
    resolvedDate: '2023-09-01',
    proposedSolution:
      'Eén gezinsgesprek en één verslag dat geldt als onderzoek onder beide wetten. Een juridische toets wees uit dat dit binnen de huidige wet past; de werkwijze is opgenomen in het werkproces van de wijkteams.',
  },

  // ── Utrecht ───────────────────────────────────────────────────────────────────────────────
  {
    key: 'utrecht-toets-voor-verzoekschrift',
    region: 'utrecht',
    title: 'Onafhankelijke toets vóór het verzoek tot ondertoezichtstelling',
    description:
      'Een verzoek tot ondertoezichtstelling loopt nu in de regel via de Raad voor de Kinderbescherming, die daarvoor onafhankelijk onderzoek doet. Het scenario gaat uit van een regionaal veiligheidsteam dat zelf onderzoekt en het verzoek voorbereidt. Zonder aanvullende regeling ontbreekt dan de onafhankelijke toets die de rechter nodig heeft.',
    legalFramework: 'bw1',
    article: 'art. 1:255 BW',
    principle: 'legal',
    severity: 'blokkerend',
    status: 'wetswijziging nodig',
    identifiedDate: '2022-09-15',
    resolvedDate: null,
    proposedSolution:
      'Wettelijk vastleggen dat elk verzoek aan de rechter vooraf wordt getoetst door een jurist en een gedragswetenschapper die niet bij het gezin betrokken zijn, ook als het regionale veiligheidsteam het verzoek voorbereidt. Sinds de beleidsreactie van 2024 blijft de onafhankelijke toets belegd bij de Raad voor de Kinderbescherming; de proeftuin beproeft deze toets daarom binnen de Raad, en de wetswijziging is nodig voor het geval het veiligheidsteam het verzoek zelf voorbereidt.',
  },
  {
    key: 'utrecht-rechtsbijstand',
    region: 'utrecht',
    title: 'Rechtsbijstand voor ouders komt pas na het verzoekschrift',
    description:
      'Ouders krijgen in de praktijk pas gesubsidieerde rechtsbijstand als er een verzoekschrift bij de rechter ligt, afhankelijk van hun inkomen en met een eigen bijdrage. In de fase waarin de belangrijkste afwegingen worden gemaakt, aan de beschermingstafel en tijdens het raadsonderzoek, hebben zij meestal geen advocaat.',
    legalFramework: 'overig',
    article: 'art. 12 Wrb',
    principle: 'legal',
    severity: 'hoog',
    status: 'landelijk geagendeerd',
    identifiedDate: '2023-04-04',
    resolvedDate: null,
    proposedSolution:
      'Inkomensonafhankelijke rechtsbijstand voor ouders en jeugdigen zodra een gedwongen maatregel wordt overwogen, op kosten van het Rijk, zoals ook in de consultatie is bepleit. De landelijke pilot kosteloze rechtsbijstand voor ouders van 2023 is een eerste stap; de regio heeft ingebracht dat die rechtsbijstand al beschikbaar moet zijn zodra een gedwongen maatregel wordt overwogen.',
  },
  {
    key: 'utrecht-rol-raad',
    region: 'utrecht',
    title: 'Rol van de Raad voor de Kinderbescherming aan de beschermingstafel',
    description:
      'Onduidelijk was of de Raad aan de beschermingstafel kon deelnemen zonder dat dit gold als start van een raadsonderzoek, en of informatie uit het gesprek later in een raadsrapport mocht worden gebruikt. Dat riep bij ouders en professionals vragen op over de onafhankelijkheid van de Raad.',
    legalFramework: 'bw1',
    article: 'art. 1:238 BW',
    principle: 'legal',
    severity: 'middel',
    status: 'opgelost binnen huidige wet',
    identifiedDate: '2022-10-05',
    resolvedDate: '2023-05-15',
    proposedSolution:
      'Na juridische analyse is vastgelegd dat de Raad aan tafel zit in zijn adviserende rol. Ouders worden vooraf schriftelijk geïnformeerd dat wat aan tafel wordt besproken kan meewegen in een eventueel raadsonderzoek. Een wetswijziging is niet nodig.',
  },
  {
    key: 'utrecht-klachtrecht',
    region: 'utrecht',
    title: 'Versnipperde klachtregelingen in de keten',
    description:
      'Elke organisatie in de keten heeft een eigen klachtregeling en klachtencommissie, met eigen termijnen. Ouders en jongeren weten vaak niet waar zij terechtkunnen, zeker als een klacht meer dan één organisatie betreft.',
    legalFramework: 'jeugdwet',
    article: 'art. 4.2.1 Jeugdwet',
    principle: 'legal',
    severity: 'middel',
    status: 'gesignaleerd',
    identifiedDate: '2026-02-10',
    resolvedDate: null,
    proposedSolution:
      'Verkennen of een gezamenlijke klachtencommissie voor de organisaties in de proeftuin binnen de Jeugdwet mogelijk is, en welke organisaties daarvoor hun klachtregeling moeten aanpassen.',
  },

  // ── Zeeland ───────────────────────────────────────────────────────────────────────────────
  {
    key: 'zeeland-uitvoering-door-gi',
    region: 'zeeland',
    title: 'Kinderbeschermingsmaatregel alleen uitvoerbaar door een gecertificeerde instelling',
    description:
      'Een ondertoezichtstelling mag alleen worden uitgevoerd door een gecertificeerde instelling. De vaste professional uit het lokale team kan na een uitspraak daardoor niet formeel de jeugdbeschermer worden, ook als gezin en rechter dat wenselijk vinden. Het gevolg is een overdracht of een constructie met twee professionals.',
    legalFramework: 'jeugdwet',
    article: 'art. 3.1 Jeugdwet',
    principle: 'family',
    severity: 'blokkerend',
    status: 'experimenteerwet nodig',
    identifiedDate: '2023-03-06',
    resolvedDate: null,
    proposedSolution:
      'Een experimenteerbepaling waarmee een vaste professional in een regionaal veiligheidsteam de maatregel kan uitvoeren onder verantwoordelijkheid van een gecertificeerde instelling, met toezicht door de inspecties.',
  },
  {
    key: 'zeeland-wvggz-melding',
    region: 'zeeland',
    title: 'Verplichte ggz voor een ouder staat los van de bescherming van het kind',
    description:
      'Als het lokale team zich zorgen maakt over een ouder die mogelijk verplichte ggz nodig heeft, volgen een melding bij de gemeente en een verkennend onderzoek onder de Wvggz. De gevolgen voor de kinderen worden in die procedure niet stelselmatig meegewogen, en het lokale team hoort niet standaard wat de uitkomst is.',
    legalFramework: 'wvggz',
    article: 'art. 5:1 Wvggz',
    principle: 'family',
    severity: 'hoog',
    status: 'in analyse',
    identifiedDate: '2024-06-17',
    resolvedDate: null,
    proposedSolution:
      'Met de gemeentelijke meldpunten en het OM uitzoeken hoe in het verkennend onderzoek standaard wordt nagegaan of er minderjarige kinderen zijn, en hoe het lokale team met toestemming of op wettelijke grond wordt geïnformeerd.',
  },
  {
    key: 'zeeland-verlengde-jeugdhulp',
    region: 'zeeland',
    title: 'Vaste professional stopt bij 18 jaar',
    description:
      'Verlengde jeugdhulp na 18 jaar is alleen mogelijk als de hulp al vóór het achttiende jaar liep of binnen een half jaar wordt hervat. Een jongere uit een gezin met een vaste professional kan na 18 daardoor vaak alleen via de Wmo 2015 verder worden geholpen, met een andere toegang en meestal een andere hulpverlener.',
    legalFramework: 'jeugdwet',
    article: 'art. 1.1 Jeugdwet',
    principle: 'simple',
    severity: 'middel',
    status: 'gesignaleerd',
    identifiedDate: '2026-08-25',
    resolvedDate: null,
    proposedSolution:
      'Nagaan hoe vaak dit voorkomt en of de regionale afspraken over verlengde jeugdhulp ruimte bieden; de uitkomst inbrengen bij de landelijke vraag over de overgang naar 18+.',
  },

  // ── West-Brabant West ─────────────────────────────────────────────────────────────────────
  {
    key: 'wbw-grondslag-veiligheidskaart',
    region: 'west-brabant-west',
    title: 'Grondslag voor het delen van de veiligheidskaart',
    description:
      'De veiligheidskaart bevat gegevens over alle gezinsleden en gaat mee naar andere organisaties. Het was onduidelijk op welke grondslag de kaart mocht worden gedeeld met Veilig Thuis, de GI en de Raad, en of bij elke overdracht opnieuw toestemming nodig was.',
    legalFramework: 'avg',
    article: 'art. 6 AVG',
    principle: 'family',
    severity: 'middel',
    status: 'opgelost binnen huidige wet',
    identifiedDate: '2022-11-14',
    resolvedDate: '2023-06-30',
    proposedSolution:
      'De kaart is van het gezin en wordt met toestemming gedeeld; bij een melding of een verzoek van de Raad gelden de bestaande wettelijke grondslagen uit de Wmo 2015 en Boek 1 BW. Dit is vastgelegd in een privacyprotocol met DPIA.',
  },
  {
    key: 'wbw-dubbel-raadsonderzoek',
    region: 'west-brabant-west',
    title: 'Raadsonderzoek doet het werk van de veiligheidskaart over',
    description:
      'Bij de start van de proeftuin deed de Raad na een verzoek tot onderzoek een volledig eigen onderzoek, ook als met het gezin al een actuele veiligheidskaart was opgesteld. Aangenomen werd dat de wet een volledig eigen onderzoek vereiste.',
    legalFramework: 'bw1',
    article: 'art. 1:255 BW',
    principle: 'simple',
    severity: 'middel',
    status: 'vervallen',
    identifiedDate: '2023-01-17',
    resolvedDate: '2024-04-01',
    proposedSolution:
      'Vervallen: bij nadere analyse bleek er geen wettelijk beletsel. De Raad gebruikt de veiligheidskaart nu als startpunt en toetst die onafhankelijk; het vraagstuk is verder als werkafspraak opgepakt.',
  },
  {
    key: 'wbw-monitoring-gegevens',
    region: 'west-brabant-west',
    title: 'Gegevens koppelen voor de evaluatie van het vaste duo',
    description:
      'Om te leren of het vaste duo werkt, willen we gegevens van het lokale team, Veilig Thuis en de GI op gezinsniveau koppelen, bijvoorbeeld over herhaalde meldingen en maatregelen. Een duidelijke grondslag daarvoor ontbreekt, en toestemming vragen aan alle gezinnen leidt tot een onvolledig en vertekend beeld.',
    legalFramework: 'avg',
    article: 'art. 89 AVG',
    principle: 'learning',
    severity: 'middel',
    status: 'in analyse',
    identifiedDate: '2024-09-09',
    resolvedDate: null,
    proposedSolution:
      'Een gepseudonimiseerde koppeling via een vertrouwde derde partij onderzoeken, met een DPIA, en nagaan of de uitzondering voor wetenschappelijk onderzoek en statistiek (art. 24 UAVG) van toepassing is.',
  },
];
