/**
 * What the funnel plots and control charts mean, for the help page, in plain Dutch and English,
 * each with what it does not prove (issue 23, items 3, 4 and 7). The methods are in funnel.ts and
 * spc.ts; the sources are named here so a reader can check them.
 */
import type { Text } from './lang';

export interface MethodDefinition {
  term: Text;
  meaning: Text;
  notProven: Text;
}

export const SPC_SOURCES: Text = {
  nl: 'Bronnen: D.J. Spiegelhalter, “Funnel plots for comparing institutional performance”, Statistics in Medicine 2005;24:1185–1202; D.J. Spiegelhalter, “Handling over-dispersion of performance indicators”, Quality and Safety in Health Care 2005;14:347–351; NHS England / NHS Improvement, “Making Data Count” (2018) en “Making Data Count: strengthening your decisions” (2019), en de uitwerking van hun regels in NHSRplotthedots (NHS-R Community).',
  en: 'Sources: D.J. Spiegelhalter, “Funnel plots for comparing institutional performance”, Statistics in Medicine 2005;24:1185–1202; D.J. Spiegelhalter, “Handling over-dispersion of performance indicators”, Quality and Safety in Health Care 2005;14:347–351; NHS England / NHS Improvement, “Making Data Count” (2018) and “Making Data Count: strengthening your decisions” (2019), and the implementation of their rules in NHSRplotthedots (NHS-R Community).',
};

export const SPC_DEFINITIONS: readonly MethodDefinition[] = [
  {
    term: { nl: 'Trechterdiagram', en: 'Funnel plot' },
    meaning: {
      nl: 'Elke regio is een punt: op de horizontale as haar omvang (de noemer, of de kind-jaren bij een aantal per 10.000 kinderen), op de verticale as haar waarde. De lijn in het midden is de waarde van de getoonde regio’s samen (som van de tellers gedeeld door de som van de noemers). Daaromheen liggen grenzen waarbinnen een regio van die omvang door toeval alleen al valt: 95% (stippellijn) en 99,8% (doorgetrokken). Ze lopen naar rechts als een trechter naar elkaar toe, omdat een grotere regio minder door toeval schommelt. De grenzen zijn de normale benadering van de binomiale (aandeel) of Poisson-verdeling (aantal per 10.000). Dit vervangt de ranglijst: een kleine regio met een uiterste waarde ligt meestal gewoon binnen haar grenzen. Voor beoordelaars zijn de punten de afgeronde cijfers; een verborgen regio (kleine noemer) staat er niet in en wordt genoemd.',
      en: 'Each region is a point: on the horizontal axis its size (the denominator, or the child-years for a count per 10,000 children), on the vertical axis its value. The line in the middle is the value of the regions shown together (sum of numerators over sum of denominators). Around it lie limits within which a region of that size falls by chance alone: 95% (dashed) and 99.8% (solid). They close in towards the right like a funnel, because a larger region varies less by chance. The limits are the normal approximation to the binomial (share) or Poisson distribution (count per 10,000). This replaces the league table: a small region with an extreme value usually lies within its limits. For reviewers the points are the rounded figures; a hidden region (small denominator) is not plotted and is named.',
    },
    notProven: {
      nl: 'Een punt buiten de grenzen bewijst niet dat een regio het slechter of beter doet: regio’s verschillen in bevolking, in wat zij registreren en in de omvang van hun scope, en daar corrigeert het diagram niet voor. Het is een reden om te vragen waarom. Een punt binnen de grenzen bewijst evenmin dat een regio “gemiddeld” is.',
      en: 'A point outside the limits does not prove that a region does worse or better: regions differ in population, in what they record and in the size of their scope, and the plot does not adjust for that. It is a reason to ask why. A point inside the limits does not prove a region is “average” either.',
    },
  },
  {
    term: { nl: 'Overspreiding', en: 'Over-dispersion' },
    meaning: {
      nl: 'Als de regio’s samen meer verschillen dan toeval verklaart, liggen veel punten buiten de grenzen en zeggen die weinig. De monitor toetst dat: per regio een z-score (afstand tot het midden in standaardfouten), de uiterste 10% aan elke kant ingekort (gewinsoriseerd, pas vanaf tien regio’s), φ = het gemiddelde van de gekwadrateerde z-scores. Is I·φ groter dan het 95e percentiel van χ² met I − 1 vrijheidsgraden, dan is er overspreiding en toont de monitor ook ruimere grenzen die een vast verschil tussen regio’s (τ², additief, volgens Spiegelhalter) meerekenen; de tabel noemt dan de ligging tegenover die grenzen.',
      en: 'When the regions together differ more than chance explains, many points fall outside the limits and those say little. The monitor tests for it: a z-score per region (distance to the centre in standard errors), the extreme 10% at each end pulled in (Winsorised, from ten regions on), φ = the mean of the squared z-scores. When I·φ exceeds the 95th percentile of χ² with I − 1 degrees of freedom there is over-dispersion, and the monitor also shows wider limits that include a fixed difference between regions (τ², additive, after Spiegelhalter); the table then names the position against those limits.',
    },
    notProven: {
      nl: 'Met zes regio’s heeft de toets weinig onderscheidend vermogen: “geen overspreiding gevonden” betekent niet dat de regio’s gelijk zijn. Overspreiding zegt dat er verschillen zijn, niet waardoor.',
      en: 'With six regions the test has little power: “no over-dispersion found” does not mean the regions are alike. Over-dispersion says there are differences, not what causes them.',
    },
  },
  {
    term: { nl: 'Controlekaart en controlegrenzen', en: 'Control chart and control limits' },
    meaning: {
      nl: 'Een reeks maanden met een centrumlijn en een onder- en bovengrens op drie standaardafwijkingen. Zolang de maanden daarbinnen zonder patroon schommelen, is er gewone variatie: de ruis van elke maand. De soort kaart volgt de maat: een XmR-kaart voor metingen (dagen, scores, gemiddelden; grenzen uit de gemiddelde sprong van maand op maand, x̄ ± 2,66 × gemiddelde sprong), een p-kaart voor aandelen en een u-kaart voor aantallen per eenheid (grenzen per maand uit de eigen noemer; schommelen de maanden meer dan dat model toelaat, zoals bij de grote noemers van het programma als geheel, dan worden de grenzen verbreed volgens Laney, de p′- en u′-kaart). De grenzen komen uit de basisperiode van de regio (of, met minder dan 12 maanden met een waarde daarin, uit de eerste 12 maanden); voor het programma uit de eerste 12 maanden. Een programmamanager kan na een bewuste verandering (de start van een experiment) de grenzen vanaf een maand opnieuw laten berekenen; dat wordt met reden, naam en datum vastgelegd en is op de kaart te zien. Een herberekening die niet blijkt te kloppen kan worden ingetrokken, ook met reden: de kaart gaat terug naar de grenzen van daarvoor, en de lijst van herberekeningen bewaart beide. Controlekaarten staan op de regiopagina, de indicatorpagina en bij de rapportages van een regio (tot en met de nieuwste maandrapportage; de coördinator ziet daar de maanden van de eigen regio, concepten inbegrepen). Ook de uitkomsten per 10.000 kinderen hebben per regio een controlekaart (een u-kaart over de kindjaren van elke maand) met hun icoon in de tabel met uitkomsten; ze hebben geen streefrichting, dus bijzondere variatie is daar “geen richting”, en hun grenzen worden per regio herberekend. Controlekaarten werken met maandcijfers; beoordelaars krijgen die niet (alleen afgeronde hele kwartalen) en zien daarom geen controlekaarten.',
      en: 'A series of months with a centre line and a lower and upper limit at three standard deviations. As long as the months vary within them without a pattern, there is common cause variation: the noise of every month. The kind of chart follows the measure: an XmR chart for measurements (days, scores, means; limits from the mean month-to-month jump, x̄ ± 2.66 × mean jump), a p-chart for shares and a u-chart for counts per unit (limits per month from its own denominator; where the months vary more than that model allows, as with the programme’s large denominators, the limits are widened after Laney, the p′ and u′ chart). The limits come from the region’s baseline (or, with fewer than 12 months with a value in it, from the first 12 months); for the programme from the first 12 months. After a deliberate change (an experiment’s start) a programme manager can have the limits recalculated from a month on; that is recorded with a reason, name and date and shows on the chart. A recalculation that proves wrong can be withdrawn, again with a reason: the chart goes back to the limits before it, and the list of recalculations keeps both. Control charts are on the region page, the indicator page and with a region’s reports (up to its newest monthly report; there the coordinator sees the own region’s months, drafts included). The outcomes per 10,000 children have a control chart per region too (a u-chart over each month’s child-years) with their icon in the outcomes table; they have no target direction, so special cause there is “no direction”, and their limits are recalculated per region. Control charts work on monthly figures; reviewers do not get those (only rounded whole quarters) and so see no control charts.',
    },
    notProven: {
      nl: 'Grenzen uit twaalf maanden zijn zelf onzeker. Gewone variatie is niet hetzelfde als “goed”: een proces kan stabiel slecht zijn. De grenzen zijn geen streefwaarden.',
      en: 'Limits from twelve months are uncertain themselves. Common cause variation is not the same as “good”: a process can be stably poor. The limits are not targets.',
    },
  },
  {
    term: { nl: 'De vier regels (bijzondere variatie)', en: 'The four rules (special cause variation)' },
    meaning: {
      nl: 'Een maand is bijzondere variatie als (1) hij buiten de controlegrenzen ligt; (2) hij hoort bij 7 of meer maanden op rij aan dezelfde kant van de centrumlijn; (3) hij hoort bij 7 of meer maanden op rij die elk stijgen of elk dalen; (4) twee van drie opeenvolgende maanden voorbij twee standaardafwijkingen aan dezelfde kant liggen. Dit zijn de regels en runlengtes van Making Data Count (NHS England). Een maand zonder waarde of een maand op de centrumlijn breekt een reeks. Het icoon per indicator kijkt naar de laatste maand: gewone variatie (grijs, golflijn), bijzondere variatie die een verbetering is (blauw, H of L) of zorgelijk (oranje, H of L), afhankelijk van of hoger of lager beter is; steeds met de woorden erbij.',
      en: 'A month is special cause variation when (1) it lies outside the control limits; (2) it is part of 7 or more months in a row on the same side of the centre line; (3) it is part of 7 or more months in a row each rising or each falling; (4) two of three consecutive months lie beyond two standard deviations on the same side. These are the rules and run lengths of Making Data Count (NHS England). A month without a value or a month on the centre line breaks a run. The icon per indicator reads the latest month: common cause (grey, wave), special cause that is an improvement (blue, H or L) or concerning (orange, H or L), by whether higher or lower is better; always with its words.',
    },
    notProven: {
      nl: 'Een signaal zegt dat het proces veranderd is, niet waarom: niet dat het programma of een experiment het veroorzaakte (daarvoor is een vergelijking met regio’s zonder die verandering nodig), en ook niet dat het blijft. Bij veel indicatoren samen valt af en toe een signaal door toeval.',
      en: 'A signal says the process changed, not why: not that the programme or an experiment caused it (that needs a comparison with regions without the change), nor that it will last. With many indicators together, a signal now and then comes by chance.',
    },
  },
];
