/**
 * What each comparison group from CBS figures means and what it does not prove (issue 24, ADR 021),
 * for the help page. Pure data.
 */
import type { Text } from './lang';

export interface ComparisonGroupDefinition {
  id: 'own' | 'region-rest' | 'matched' | 'national' | 'difference' | 'redivision';
  term: Text;
  meaning: Text;
  limits: Text;
}

export const COMPARISON_GROUP_DEFINITIONS: readonly ComparisonGroupDefinition[] = [
  {
    id: 'own',
    term: { nl: 'Eigen gemeenten volgens CBS', en: 'Own municipalities per CBS' },
    meaning: {
      nl: 'De gemeenten van de proeftuin zoals CBS ze telt, per 10.000 kinderen van 0–17 jaar per jaar, op CBS’ halfjaar of jaar. Een controle van de eigen telling: wijkt die meer dan 20% af van CBS, dan is dat een vraag om uitleg.',
      en: 'The pilot’s municipalities as CBS counts them, per 10,000 children aged 0–17 per year, at CBS’s half-year or year. A check of the pilot’s own count: where it differs by more than 20% from CBS, that asks for an explanation.',
    },
    limits: {
      nl: 'Geen vergelijking: CBS telt naar de gemeente van inschrijving en telt trajecten, de proeftuin telt haar scope en kinderen. Een scope met een deel van een gemeente heeft geen passende referentie (CBS heeft hier geen wijkcijfers).',
      en: 'Not a comparison: CBS counts by the municipality of registration and counts trajectories, the pilot its scope and children. A scope with part of a municipality has no fitting reference (CBS has no district figures here).',
    },
  },
  {
    id: 'region-rest',
    term: { nl: 'Rest van de jeugdzorgregio', en: 'Rest of the youth-care region' },
    meaning: {
      nl: 'De gemeenten van dezelfde jeugdzorgregio die niet in de proeftuin zitten, samen: Σ aantallen / Σ kind-jaren × 10.000. De referentie als er geen vergelijkbare gemeenten gekozen zijn.',
      en: 'The municipalities of the same youth-care region that are not in the pilot, together: Σ counts / Σ child-years × 10,000. The reference where no similar municipalities were chosen.',
    },
    limits: {
      nl: 'De rest van een regio kan anders zijn samengesteld (grote stad tegen platteland) en deelt soms aanbieders en beleid met de proeftuin, waardoor een effect ook daar kan optreden.',
      en: 'The rest of a region can be composed differently (a city against the countryside) and sometimes shares providers and policy with the pilot, so an effect can show there too.',
    },
  },
  {
    id: 'matched',
    term: { nl: 'Gekozen vergelijkbare gemeenten', en: 'Chosen similar municipalities' },
    meaning: {
      nl: 'Gemeenten buiten de proeftuin die een programmamanager koos op omvang (kinderen 0–17) en stedelijkheid; de app doet een voorstel, de keuze wordt met naam, datum en reden bewaard.',
      en: 'Municipalities outside the pilot a programme manager chose by size (children 0–17) and urbanity; the app suggests some, the choice is kept with name, date and reason.',
    },
    limits: {
      nl: 'Gelijk in omvang en stedelijkheid is niet gelijk in alles: armoede, aanbod en beleid kunnen verschillen. Een keuze achteraf kan een gunstige vergelijking opleveren; daarom wordt elke keuze bewaard.',
      en: 'Alike in size and urbanity is not alike in everything: poverty, provision and policy can differ. A choice made afterwards can yield a flattering comparison; that is why every choice is kept.',
    },
  },
  {
    id: 'national',
    term: { nl: 'Nederland', en: 'The Netherlands' },
    meaning: {
      nl: 'Het landelijke cijfer van CBS (NL01), de referentie van het programmatotaal en van een regio zonder andere groep.',
      en: 'CBS’s national figure (NL01), the reference of the programme total and of a region without another group.',
    },
    limits: {
      nl: 'Nederland bevat de proeftuinen zelf en verschilt van elke regio in samenstelling; het zegt wat de landelijke trend was, niet wat er zonder proeftuin gebeurd zou zijn.',
      en: 'The Netherlands includes the pilots themselves and differs from every region in make-up; it says what the national trend was, not what would have happened without the pilot.',
    },
  },
  {
    id: 'difference',
    term: { nl: 'Verschil in verandering sinds de nulmeting', en: 'Difference in change since the baseline' },
    meaning: {
      nl: 'De verandering van de proeftuin (nu min basis, uit haar eigen aantallen zoals de lezer ze ziet) min de verandering van de groep (het CBS-halfjaar of -jaar van de laatste maand min de CBS-perioden van de basisperiode), met een 95%-interval (MOVER over vier exacte Poisson-intervallen). Een verandering wordt alleen geclaimd waar het interval 0 uitsluit.',
      en: 'The pilot’s change (now minus baseline, from its own counts as the reader sees them) minus the group’s change (the CBS half-year or year of the last month minus the CBS periods of the baseline), with a 95% interval (MOVER over four exact Poisson intervals). A change is claimed only where the interval excludes 0.',
    },
    limits: {
      nl: 'Het interval dekt alleen toevalsvariatie. De twee kanten tellen verschillend (zie het definitieverschil onder de tabel) en over verschillende perioden (een kwartaal tegen een CBS-halfjaar); een verschil bewijst geen effect van de proeftuin.',
      en: 'The interval covers chance variation only. The two sides count differently (see the definitional gap under the table) and over different periods (a quarter against a CBS half-year); a difference proves no effect of the pilot.',
    },
  },
  {
    id: 'redivision',
    term: { nl: 'Herindeling van gemeenten', en: 'Municipal redivision' },
    meaning: {
      nl: 'Een samengevoegde gemeente telt in alle jaren als het gebied van haar opvolger: de cijfers van de oude gemeenten worden opgeteld, zodat een reeks over jaren hetzelfde gebied vergelijkt. Publiceert CBS het oude jaar al op de nieuwe grenzen, dan geldt dat cijfer.',
      en: 'A merged municipality counts in every year as its successor’s area: the old municipalities’ figures are added up, so a series over years compares the same area. Where CBS publishes the old year on the new borders, that figure holds.',
    },
    limits: {
      nl: 'Een gesplitste gemeente is niet over haar opvolgers te verdelen: een groep met maar een deel ervan heeft voor de jaren vóór de splitsing geen cijfer. Een geheim of ontbrekend CBS-cijfer maakt het cijfer van de groep onbekend (nooit 0) en wordt genoemd.',
      en: 'A split municipality cannot be divided over its successors: a group with only part of it has no figure for the years before the split. A secret or missing CBS figure makes the group’s figure unknown (never 0) and is named.',
    },
  },
];
