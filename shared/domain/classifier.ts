import { DOCUMENT_TYPE_IDS, type DocumentTypeId } from './document-types.ts';
import { foldText } from './text.ts';

/**
 * The classifier: document type with a confidence in [0, 1] and the top alternatives. This first
 * version scores weighted phrases (form titles, issuers, typical words) and turns the scores into
 * probabilities with a softmax; every caller goes through `classify`, so a trained model can
 * replace the inside without touching them.
 */
export interface Classification {
  type: DocumentTypeId;
  confidence: number;
  alternatives: { type: DocumentTypeId; confidence: number }[];
}

type Cue = [pattern: RegExp, weight: number];

const CUES: Partial<Record<DocumentTypeId, Cue[]>> = {
  payslip: [
    [/\bloonstrook\b|\bsalarisstrook\b|\bloonspecificatie\b|\bsalarisspecificatie\b|\bpayslip\b/, 6],
    [/\bbruto ?loon\b|\bbrutoloon\b|\bnetto ?loon\b|\bnettoloon\b|\bloonheffing\b/, 3],
    [/\bwerkgever\b|\bwerknemer\b|\bpersoneelsnummer\b|\bloonperiode\b|\buitbetaling\b/, 1.5],
    [/\bvakantiegeld\b|\bpensioenpremie\b|\buurloon\b|\bheffingskorting\b/, 1],
  ],
  bank_statement: [
    [/\bbankafschrift\b|\brekeningafschrift\b|\bafschrift\b|\bbank statement\b|\btransactieoverzicht\b/, 5],
    [/\biban\b|\bnl\d{2} ?[a-z]{4}/, 1.5],
    [/\bbeginsaldo\b|\beindsaldo\b|\bsaldo\b|\bbij\/af\b|\bafschrijving\b|\bbijschrijving\b/, 2.5],
    [/\bing\b|\brabobank\b|\babn ?amro\b|\bsns\b|\basn bank\b|\bbunq\b|\bknab\b|\btriodos\b/, 1],
  ],
  change_form: [
    [/\bwijzigingsformulier\b|\bwijzigingen doorgeven\b|\bformulier wijziging\b|\binkomstenopgave\b|\bmutatieformulier\b/, 6],
    [/\bwijziging\b|\bverandering in uw situatie\b|\bveranderd\b|\bverhuisd\b|\bgaan samenwonen\b/, 2],
    [/\binlichtingenformulier\b|\bopgave inkomsten\b/, 4],
  ],
  benefit_application: [
    [/\baanvraag (?:om )?(?:algemene )?bijstand\b|\baanvraagformulier\b.*\bbijstand|\bbijstandsuitkering aanvragen\b|\baanvraag levensonderhoud\b/, 7],
    [/\baanvraag\b|\baanvragen\b|\bapplication for (?:social )?(?:assistance|benefit)/, 2],
    [/\bparticipatiewet\b|\blevensonderhoud\b|\bmeldingsdatum\b/, 1.5],
  ],
  objection: [
    [/\bbezwaarschrift\b|\bnotice of objection\b/, 7],
    [/\bbezwaar\b|\bobjection\b|\bmaak(?:t)? (?:ik )?bezwaar\b|\bik ben het niet eens\b/, 4],
    [/\bbesluit van\b|\bkenmerk\b|\bprimair besluit\b|\bheroverweging\b/, 1],
  ],
  complaint: [
    [/\bklacht\b|\bklaagschrift\b|\bklachtenformulier\b|\bcomplaint\b/, 6],
    [/\bontevreden\b|\bniet bereikbaar\b|\bniet teruggebeld\b|\bbehandeld\b.*\bonheus|\bonbeschoft\b|\bduurt (?:te|erg) lang\b/, 2.5],
  ],
  court_document: [
    [/\brechtbank\b|\bberoepschrift\b|\bcentrale raad van beroep\b|\buitspraak\b|\bgriffie\b|\bgriffier\b/, 5],
    [/\bberoep\b|\bzaaknummer\b|\bverweerder\b|\beiser\b|\bappellant\b|\bvoorlopige voorziening\b/, 2.5],
  ],
  uwv_decision: [
    [/\buwv\b|\buitvoeringsinstituut werknemersverzekeringen\b/, 5],
    [/\bww-uitkering\b|\bww uitkering\b|\bwia\b|\bwajong\b|\bziektewet\b|\bwerkloosheidswet\b|\bwga\b|\bivabenefit\b/, 2.5],
    [/\bbeslissing\b|\bbesluit\b|\btoekenning\b|\bbeëindiging\b/, 0.5],
  ],
  tax_document: [
    [/\bbelastingdienst\b|\btoeslagen\b|\bjaaropgave\b|\baanslag\b|\binkomstenbelasting\b/, 5],
    [/\bzorgtoeslag\b|\bhuurtoeslag\b|\bkinderopvangtoeslag\b|\bkindgebonden budget\b|\bvoorlopige aanslag\b|\bteruggaaf\b/, 3],
  ],
  rental_agreement: [
    [/\bhuurovereenkomst\b|\bhuurcontract\b|\bhuurverhoging\b|\bhuurprijs\b|\brental agreement\b|\btenancy\b/, 6],
    [/\bverhuurder\b|\bhuurder\b|\bwoningcorporatie\b|\bkale huur\b|\bservicekosten\b|\bwoonstichting\b/, 2.5],
  ],
  holiday_notice: [
    [/\bvakantiemelding\b|\bmelding vakantie\b|\bverblijf in het buitenland\b|\bverblijf buitenland\b|\bnaar het buitenland\b/, 6],
    [/\bvakantie\b|\bholiday\b|\bvertrekdatum\b|\bterugkomst\b|\bterugkeer\b|\breis\b|\bvliegticket\b/, 2.5],
  ],
  medical_statement: [
    [/\bmedische verklaring\b|\bdoktersverklaring\b|\bartsenverklaring\b|\bmedical (?:statement|certificate)\b|\bverklaring van de (?:huis)?arts\b/, 7],
    [/\bhuisarts\b|\bspecialist\b|\bziekenhuis\b|\bdiagnose\b|\barbeidsongeschikt\b|\bbehandeling\b|\bpatient\b|\bgp\b/, 2.5],
  ],
  job_application_proof: [
    [/\bsollicitatie\w*\b|\bsollicitatiebrief\b|\bsollicitatieformulier\b|\bjob application\b/, 5],
    [/\bvacature\b|\bsolliciteren\b|\bgesolliciteerd\b|\bafwijzing\b|\buitnodiging voor een gesprek\b|\bcv\b/, 2.5],
  ],
  employment_contract: [
    [/\barbeidsovereenkomst\b|\barbeidscontract\b|\bemployment contract\b|\buitzendovereenkomst\b/, 7],
    [/\bproeftijd\b|\bindiensttreding\b|\bin dienst\b|\bfunctie\b|\bcao\b|\bwerktijden\b|\bbepaalde tijd\b/, 2],
  ],
  identity_document: [
    [/\bpaspoort\b|\bidentiteitskaart\b|\bidentiteitsbewijs\b|\bverblijfsdocument\b|\bverblijfsvergunning\b|\brijbewijs\b|\bpassport\b/, 6],
    [/\bnationaliteit\b|\bdocumentnummer\b|\bgeldig tot\b|\bdate of expiry\b|\bnationality\b|<<<+/, 2.5],
  ],
  debt_notice: [
    [/\baanmaning\b|\bincasso\w*\b|\bdeurwaarder\b|\bschuldhulp\w*\b|\bbetalingsherinnering\b|\bsommatie\b|\bbeslaglegging\b/, 6],
    [/\bachterstand\b|\bopenstaand bedrag\b|\bopenstaande\b|\bte betalen\b|\bvoldaan\b|\bincassokosten\b|\bschuld\b/, 2],
  ],
};

/** The "other" class competes with a flat score: with no cue above it, the document is "other". */
const OTHER_SCORE = 2;
/** Softmax temperature: how quickly a score lead turns into confidence. */
const TEMPERATURE = 1.2;

export function scoreTypes(text: string): Map<DocumentTypeId, number> {
  const folded = foldText(text).slice(0, 20_000);
  const scores = new Map<DocumentTypeId, number>();
  for (const id of DOCUMENT_TYPE_IDS) {
    const cues = CUES[id];
    if (!cues) continue;
    let score = 0;
    for (const [pattern, weight] of cues) if (pattern.test(folded)) score += weight;
    scores.set(id, score);
  }
  scores.set('other', OTHER_SCORE);
  return scores;
}

export function classify(text: string): Classification {
  const scores = scoreTypes(text);
  const max = Math.max(...scores.values());
  let total = 0;
  const exp = new Map<DocumentTypeId, number>();
  for (const [id, s] of scores) {
    const e = Math.exp((s - max) / TEMPERATURE);
    exp.set(id, e);
    total += e;
  }
  const ranked = [...exp.entries()]
    .map(([type, e]) => ({ type, confidence: Math.round((e / total) * 1000) / 1000 }))
    .sort((a, b) => b.confidence - a.confidence);
  const [best, ...rest] = ranked;
  return { type: best?.type ?? 'other', confidence: best?.confidence ?? 0, alternatives: rest.slice(0, 3) };
}
