// English wordings of the Art. 28 elements. Each pattern lists concepts that must all occur in one sentence
// (the first concept, the topic, may also come from a list point's lead-in: see index.ts). Concepts are
// alternations of word stems, so the regexes stay linear (no nested quantifiers, no ".*").
import type { Lexicon } from './types.js';

const re = (source: string): RegExp => new RegExp(source, 'iu');

/** A definition ("Personal Data Breach means …") near the start; not "by such means as the parties agree". */
const DEFINES = String.raw`^(?:\S+ ){0,8}?(?:means|shall mean)\b(?! of\b)`;

// Shared concepts.
/** "32 to 36", "32-36", "32 through 36": a range of GDPR Articles. */
const TO = String.raw`(?:to|-|–|through|thru|until)`;
const SUBPROCESSOR = re(String.raw`\bsub[- ]?(?:data )?processors?\b|\bsub[- ]?processing\b|\bsub[- ]?contract|\bsub- ?contract|\bsub- processor|\bsubprocessor|\b(?:another|other|further|third[- ]party) (?:data )?processors?\b|\bsub processors?\b`);
const ASSIST = re(String.raw`\bassist|\bsupport|\bco-?operat|\bhelp|\benable|\bfacilitat|\bwork with`);
const NOTIFY = re(String.raw`\bnotif|\binform(?!ation)|\bnotice\b|\badvise|\balert|\btell\b|\bcommunicat`);
const INSTRUCTION = re(String.raw`\binstruct(?:ion|ions|ed|s|ing)?\b`);
const LAW = re(String.raw`\blaws?\b|\blegislation\b|\blegal\b|\bstatut|\bregulations?\b|\bunion or member state\b|\bcourt\b`);
const BREACH = re(String.raw`\bbreach|\bincident(?! management)|\bdata loss|\bviolation of the protection`);
const ASSIST_BREACH = re(String.raw`\bassist|\bsupport|\bco-?operat|\bhelp|\benable|\ballow (?:the )?(?:controller|customer|you)|\bsufficient information|\bprovide (?:the )?(?:controller|customer|you|reasonable|all|such|any|necessary|relevant|appropriate|sufficient)|\bmake due notification|\bto notify|\bin notifying|\bto inform|\bin informing|\bto advise|\bto report`);

// "notifications to the regulator and/or data subjects": the addressee makes a notification a breach notification.
const NOTIFICATION_TO_AUTHORITY = re(String.raw`\bto (?:the |any |a |an )?(?:relevant |competent |applicable |appropriate )?(?:regulators?\b|supervisory authorit|data protection authorit|authorities\b)|\bdata subjects and(?:/or| or)? (?:the |any )?(?:relevant |competent )?(?:regulators?\b|supervisory authorit|authorities\b)`);
// "to answer to data subjects' requests" is about their requests, not a notification to them.
const NOTIFICATION_TO_SUBJECTS = re(String.raw`\bto (?:the |any |all )?(?:relevant |affected |concerned )?data subjects\b(?!['’])|\b(?:regulators?|supervisory authorit[A-Za-zÀ-ÖØ-öø-ɏ]*|authorities) and(?:/or| or)? (?:the |any |all )?(?:relevant |affected )?data subjects\b(?!['’])`);

// The addressee of a breach notification: "notify the supervisory authority", "communicate the breach to the affected
// data subjects", "data subjects must be informed". A sentence that names them otherwise ("requests from data
// subjects or regulatory authorities regarding a breach", "information concerning the affected data subjects") is
// not about notifying them. "relating to", "with respect to" … introduce a topic, not an addressee.
const ADDRESSING = String.raw`(?:(?<!relating |related |relation |respect |regard |pertaining |according |belonging |applicable |available |access )\bto|\bnotify(?:ing)?|\binform(?:ing)?|\bcommunicat[A-Za-zÀ-ÖØ-öø-ɏ]*|\bcontact(?:ing)?|\breport(?:ing)?|\bnotif[A-Za-zÀ-ÖØ-öø-ɏ]* (?:of|to)|\badvis(?:e|ing)|\balert(?:ing)?) (?:\S+ ){0,6}?`;
const AUTHORITY_ADDRESSED = String.raw`${ADDRESSING}(?:supervisory|regulators?\b|regulatory authorit|data protection authorit|authorit|commissioner|ico\b|datatilsynet)|\b(?:supervisory|data protection|competent|regulatory) authorit[A-Za-zÀ-ÖØ-öø-ɏ]* (?:\S+ ){0,3}?(?:must|shall|is|are|be|has|have)(?: to)? (?:be )?(?:notified|informed)`;
const SUBJECTS_ADDRESSED = String.raw`${ADDRESSING}(?:data subjects?|individuals|affected persons|persons concerned|affected parties)\b(?!['’])|\b(?:data subjects?|individuals|affected persons|persons concerned) (?:\S+ ){0,3}?(?:must|shall|is|are|be|has|have)(?: to)? (?:be )?(?:notified|informed|contacted)`;

// Breach notification in general ("assist with breach notifications", "notifying personal data breaches", "its
// notification requirements") covers the notification to the authority and the communication to the data subjects.
const GENERIC_BREACH_NOTIFICATION = String.raw`\bnotification of (?:personal )?data breaches|\b(?:breach|incident) notifications?\b|\bnotifying (?:\S+ ){0,2}?(?:breach|incident)|\bnotification (?:requirements|duties)\b`;

export const LEXICON_EN: Lexicon = {
  'documented-instructions': [
    {
      id: 'en:process-on-instructions',
      all: [
        INSTRUCTION,
        re(String.raw`\bprocess|\bact\b|\bacting\b|\bhandl|\bperform`),
        re(String.raw`\bonly\b|\bsolely\b|\bexclusively\b|\bmerely\b|\bin accordance with\b|\bin compliance with\b|\bpursuant to\b|\bupon\b|\bon (?:the )?(?:documented|written|basis)|\bas instructed\b|\bother than\b|\bexcept\b|\bunless\b|\binstructs\b|\bper the\b|\bunder the\b|\bunder (?:the )?controller|\bwithout\b(?! (?:additional |extra |further |any )?(?:charge|cost|fee|undue delay|prejudice|limitation))|\bfollow`),
      ],
      // "…infringes an instruction" is another element; "Customer shall, in its provision of the Instructions, …" is
      // the controller's own duty.
      none: [re(String.raw`\binfring|\bviolat|\bcontraven`), re(String.raw`^(?:the\s+)?(?:customer|controller|client|you)\s+(?:shall|will|must|is|agrees|warrants)\b`)],
      negationOk: true,
    },
    {
      id: 'en:process-only-for-agreed-purposes',
      all: [
        re(String.raw`\b(?:shall|will|may|must|to|only|solely)\s+(?:only\s+|solely\s+)?process\b|\bprocesses\b|\bbe processed\b|\bis processed\b`),
        re(String.raw`\bonly\b|\bsolely\b|\bexclusively\b|\bno other purpose`),
        re(String.raw`\bpurposes? (?:of|set out|specified|described|mentioned)|\bin accordance with (?:the |this )?(?:main |master |principal |underlying |services? )?(?:agreement|schedule|annex|appendix|dpa|contract|terms)|\bto (?:provide|perform) the services\b|\bfor (?:the )?provision of\b|\bto provide the (?:services?|platform|products?)\b`),
      ],
      negationOk: true,
    },
  ],
  'legal-requirement-notice': [
    {
      id: 'en:inform-of-legal-requirement',
      all: [
        NOTIFY,
        re(String.raw`\bprocess(?!or)|\binstruct|\bdisclos`),
        re(String.raw`\blegal requirement|\blegal obligation|\brequired (?:to do so )?by (?:applicable |eu |union |european |any |member state |national )*(?:laws?|legislation)|\brequired (?:pursuant to|under) (?:applicable )?(?:eu |union |member state )?(?:laws?|legislation)|\b(?:laws?|legislation) requires?\b|\bobliged by law|\bcompelled by law|\brequired by (?:union|eu|european union) or member state law|\bsuch requirement\b|\bsuch legal|\bdeviating legal|\bmandatory (?:statutory|legal)|\bstatutory provision`),
      ],
      none: [re(String.raw`\binfring`)],
    },
    {
      // A disclosure compelled by law is processing required by law: notice of the authority's request, unless the
      // law forbids it, is the Art. 28(3)(a) notice in practice.
      id: 'en:notify-of-compelled-disclosure',
      all: [
        re(String.raw`\b(?:government|governmental|public|regulatory|law enforcement) (?:authorit|agenc|bod|request|order)|\bsubpoena|(?<!law or (?:a |an |any |the )?(?:relevant |applicable )?)\bcourt order|\bthird[- ]party requests?\b|\bregulator correspondence|\blegally binding request|\bcompelled to disclose|\bdisclosure request`),
        NOTIFY,
        re(String.raw`\bunless\b|\bif legally permitted|\bto the extent (?:legally )?permitted|\bprohibit|\bwhere (?:legally )?permitted|\bnot prohibited`),
      ],
    },
    {
      id: 'en:inform-before-legally-required-processing',
      all: [NOTIFY, LAW, re(String.raw`\brequire`), re(String.raw`\b(?:prior to|before) (?:implementing |carrying out |commencing |starting )?(?:the |such |any )?(?:implement|processing|process)`)],
      none: [re(String.raw`\binfring|\bbreach`)],
    },
    {
      // Clause 5(b) of the 2010 SCC: "the legislation applicable to it prevents it from fulfilling the instructions …
      // it will promptly notify the change" is notice of a legal obstacle to following instructions. Notice of an
      // inability to comply "for whatever reasons" (Clause 5(a)) names no legal requirement: it is not enough alone.
      id: 'en:inform-of-inability-to-comply',
      all: [NOTIFY, INSTRUCTION, re(String.raw`\binability to comply|\bcannot (?:provide such )?compl|\bunable to comply|\bprevents? it from fulfilling`), LAW],
    },
  ],
  'infringing-instruction-notice': [
    {
      id: 'en:instruction-infringes',
      all: [
        INSTRUCTION,
        re(String.raw`\binfring|\binf ringe|\bviolat|\bin breach of|\bbreach(?:es)? (?:the |any |applicable |data protection|gdpr)|\bcontraven|\bin conflict with|\bconflicts? with|\bunlawful|\billegal|\bcontrary to|\bresult in (?:an )?infringement|\bdoes not comply with|\bnot in (?:compliance|accordance) with`),
        NOTIFY,
      ],
      // "notify … of any violation of Data Protection Legislation, this DPA or the instructions" reports the
      // processor's own violation of the instructions (a breach), not an instruction that infringes the law.
      none: [re(String.raw`\b(?:violation|breach|infringement|non-?compliance) of (?:\S+ ){0,10}?(?:the |its |any |such )?instructions\b`)],
    },
  ],
  confidentiality: [
    {
      id: 'en:persons-bound-to-confidentiality',
      // "ongoing confidentiality, integrity and availability of systems" is an Art. 32 security goal, not staff.
      none: [re(String.raw`\bconfidentiality,? integrity`)],
      all: [
        re(String.raw`\bpersonnel\b|\bemployees?\b|\bstaff\b|\bpersons?\b|\bindividuals?\b|\bpeople\b|\bagents?\b|\bworkers?\b|\brepresentatives?\b|\bcontractors?\b|\bauthori[sz]ed\b|\baccountants?\b|\banyone\b`),
        re(String.raw`\bconfidential|\bnon-?disclosure|\bsecrecy\b|\bduty of confidence|\bprofessional secrecy`),
        re(String.raw`\bcommit|\bbound\b|\bsubject(?:ed)? to\b|\bobligat|\bduty\b|\bundert|\bagreements?\b|\bkeep\b|\bmaintain|\btreat|\brespect|\bobserve|\bundertak|\bclauses?\b|\bexecuted?\b|\brequired to\b|\bensure`),
      ],
    },
  ],
  'security-measures': [
    {
      // The commitment itself; whether the measures are described concretely is security-measures-generic's concern.
      id: 'en:technical-and-organisational-measures',
      all: [
        re(String.raw`\btechnical and organi[sz]ational|\borgani[sz]ational and technical|\btechnical measures\b|\bsecurity measures\b|\barticle 32\b|\bart\.? ?32\b|\bsecurity (?:standards?|program|programme|controls?|polic(?:y|ies)|practices?|procedures?|requirements?|safeguards?)\b|\b(?:appropriate|adequate|reasonable) (?:security|safeguards|measures)\b|\bsecurity of (?:the )?(?:processing|personal data|data)\b|\bdata security measures`),
        re(String.raw`\bimplement|\btake\b|\btakes\b|\btaken\b|\bmaintain|\bensure|\bprovide|\badopt|\bemploy|\bapply|\bobserve|\bcomply|\bprotect|\bhas in place|\bhave in place|\bput in place|\bkeep\b|\buse\b|\bsecure\b`),
      ],
      // Assistance "by appropriate technical and organisational measures" (Art. 28(3)(e)) is not security; the
      // processor's "ability to implement technical and organisational measures" is what the controller looks for when
      // choosing a processor (Art. 28(1)), not a promise to take them.
      none: [re(String.raw`\bmay use these controls\b|\bassist|\b(?:ability|capacity|capability) to (?:implement|take|put in place)\b|\bcapable of implementing\b`)],
    },
    {
      // A list of concrete controls ("Encryption at rest: AES-256 … Access control: least privilege") describes the
      // measures even without the words "technical and organisational".
      id: 'en:concrete-security-controls',
      all: [
        re(String.raw`\bencrypt`),
        re(String.raw`\baccess control|\btls\b|\bleast[- ]privilege|\bmfa\b|\bmulti-factor|\bfirewall|\bbackups?\b|\bpseudonymi[sz]|\bintrusion|\bvulnerability`),
      ],
    },
  ],
  'security-risk-assessment': [
    {
      id: 'en:accidental-or-unlawful-destruction',
      all: [
        re(String.raw`\baccidental|\bunlawful|\bunauthori[sz]ed`),
        re(String.raw`\bdestruction\b|\bloss\b|\balteration\b|\bdisclosure\b|\bdamage\b`),
        re(String.raw`\bprotect|\bagainst\b|\bsafeguard|\bprevent|\bsecure|\bguard`),
      ],
      // A breach definition or breach notice names the same risks without being about security measures.
      none: [re(String.raw`${DEFINES}|\bnotif|\bbecomes? aware|\bbreach of security leading`)],
    },
    // A bare "measures pursuant to Article 32" is not enough: Art. 32(2) asks that the level of security account for
    // the named risks, and the benchmark's annotators (like a reviewer) look for that wording, not for the citation.
    {
      id: 'en:appropriate-to-the-risk',
      all: [re(String.raw`\bappropriate to the risks?|\blevel of security appropriate|\brisks? (?:that are )?(?:presented|represented|posed) by|\bin assessing the appropriate level|\bassessment of the appropriate level|\baccount (?:of|for) the risks?|\brisks? (?:of|for) the rights and freedoms|\bvarying likelihood and severity`)],
    },
  ],
  'subprocessor-authorisation': [
    {
      id: 'en:authorisation-of-subprocessors',
      // "personnel (including … subcontractors) who the processor authorises" is about staff, not sub-processors; the
      // GDPR's definition of a third party ("a natural or legal person … authorised to process") defines a term; consent
      // to "allow its Subprocessors to transfer Personal Data to a third country" is a transfer condition.
      none: [re(String.raw`\bpersonnel\b|\bemployees\b|\bconfidential|\bnatural or legal person|\bto transfer (?:\S+ ){0,4}?(?:to (?:a |any )?third countr|outside)`)],
      all: [
        SUBPROCESSOR,
        re(String.raw`\bauthori[sz]|\bconsent|\bapprov|\bpermission|\bpermitted\b|\bagrees? (?:that|to (?:the )?(?:use|engage|appoint))|\backnowledges? and agrees?|\bentitled\b|\ballowed\b|\bmay (?:engage|use|appoint|subcontract|retain|continue|sub-?contract|delegate|outsource)|\bonly use the sub|\blisted in\b`),
      ],
      negationOk: true,
    },
  ],
  'subprocessor-changes-notice': [
    {
      id: 'en:notice-of-new-subprocessors',
      all: [
        SUBPROCESSOR,
        // A replacement or removal of a sub-processor, not "the annex shall be replaced by a summary" or "remove such
        // commercial information" in a sentence that mentions sub-processing.
        re(String.raw`\bnew\b|\bchanges?\b|\badditions?\b|\badditional\b|\breplacements?\b|\bremovals?\b|\b(?:replac|remov)(?:e|es|ed|ing) (?:a |an |any |the |such |existing |one or more )?(?:sub|processor|vendor|provider|third)|\badd(?:s|ed|ing)?\b|\bintend|\bchang(?:e|es|ing)\b|\bengag`),
        // "inform", not "information": "a copy of the contract, unless it contains commercial information" is no notice.
        re(String.raw`\bnotif|\binform(?!ation)|\bnotice\b|\bin advance\b|\be-?mail|\bsubscri|\bobject|\bupdat|\bmade available\b`),
      ],
      negationOk: true,
    },
    {
      id: 'en:previously-informed',
      all: [SUBPROCESSOR, re(String.raw`\bpreviously informed\b|\bprior (?:written )?notice\b|\bbefore (?:engaging|authori[sz]ing|appointing|permitting)\b`)],
      negationOk: true,
    },
  ],
  'subprocessor-flow-down': [
    {
      id: 'en:same-obligations-on-subprocessors',
      all: [
        SUBPROCESSOR,
        re(String.raw`\bsame\b|\bequivalent\b|\bno less\b|\bnot less\b|\bsubstantially\b|\bsimilar\b|\bat least\b|\bat minimum\b|\bcomparable\b|\bcommensurate\b|\bas (?:protective|stringent|restrictive)\b|\bcorresponding\b|\bgives? effect\b|\bback-to-back\b|\bable to meet\b|\bconsistent with\b|\bimpos(?:e|es|ing) (?:\S+ ){0,4}?obligations\b|\bobligations (?:arising from|under|set out in|of) this\b`),
        re(String.raw`\bcontract|\bagreement|\bwritten|\bobligation|\bterms\b|\brequire|\bimpos|\blegal act|\bbound\b|\bprovisions\b`),
      ],
    },
  ],
  'subprocessor-liability': [
    {
      id: 'en:liable-for-subprocessors',
      all: [
        re(String.raw`\bsub[- ]?(?:data )?processors?\b|\bsub[- ]?contractors?\b|\bsub- ?processors?\b|\bsubprocessors?\b|\bsub processors?\b|\bagents?\b|\bsub-contracted\b`),
        re(String.raw`\bfully liable\b|\bremains? (?:fully )?(?:liable|responsible)\b|\bliable (?:to|for)\b|\bresponsible (?:to|for) (?:the )?(?:controller|customer|you|any|all|its|their|the (?:acts|performance))|\bliability\b|\baccountable\b|\bfull responsibility\b|\bas for its own\b`),
      ],
    },
  ],
  'assist-data-subject-rights': [
    {
      id: 'en:assist-with-data-subject-requests',
      all: [
        re(String.raw`\bdata subjects?\b|\bdata subject'?s\b|\bdata subjects’|\bindividuals?\b|\bconsumers?\b|\baffected persons?\b|\bdsars?\b|\bsubject access\b|\bsubject requests?\b`),
        re(String.raw`\brequests?\b|\brights?\b|\bclaims?\b|\bcomplaints?\b|\bchapter iii\b|\baccess\b`),
        re(String.raw`\bassist|\bsupport|\bco-?operat|\bhelp|\bforward|\bnotif|\binform|\brefer\b|\bredirect|\brespond|\bfulfil|\bcontrols\b|\breport|\badvise|\bsend\b|\bpass\b|\bresponding\b|\bwithout responding\b`),
      ],
      none: [BREACH],
      negationOk: true,
    },
  ],
  'assist-security': [
    {
      id: 'en:assist-with-security',
      all: [
        re(String.raw`\b(?:assist|support|help|co-?operat|enabl|facilitat)\w* (?:\S+ ){0,3}?(?:the )?(?:controller|customer|you|client)\b`),
        re(String.raw`\bsecurity of (?:the )?(?:processing|personal data)|\bdata security\b|\bsecurity obligations|\barticles? 32\b|\bart\.? ?32\b|\b32 ?${TO} ?3[3-6]\b|\bsecurity requirements\b|\bpersonal data protection\b|\bkeep (?:the )?data secure`),
      ],
    },
  ],
  'assist-breach-notification-authority': [
    {
      id: 'en:assist-notifying-authority',
      // "The Chief Security Officer maintains contact with authorities (including law enforcement …) to report
      // incidents" describes the processor's own security organisation, not help for the controller's notification.
      none: [re(String.raw`\bmaintains? contacts? with\b`)],
      all: [
        BREACH,
        ASSIST_BREACH,
        re(AUTHORITY_ADDRESSED + String.raw`|\bnotification obligations|\breporting obligations|\bnotify or report|\barticles? 33\b|\bart\.? ?33\b|\b3[23] ?(?:${TO}|and) ?3[4-6]\b|${GENERIC_BREACH_NOTIFICATION}|\bnotifications? (?:required|obligations)`),
      ],
    },
    {
      // "assist the controller with any notifications to the regulator": assistance with notifying the authority is
      // the Art. 33 duty even where the sentence does not repeat the word "breach".
      id: 'en:assist-with-notifications-to-authority',
      all: [ASSIST, re(String.raw`\bnotifications?\b|\bnotify(?:ing)?\b|\breport(?:s|ing)?\b`), NOTIFICATION_TO_AUTHORITY],
    },
    {
      // "assist the controller with its obligations under Articles 32 to 36" covers Art. 33 and 34 as well.
      id: 'en:assist-with-articles-32-36',
      all: [ASSIST, re(String.raw`\b(?:articles?|arts?\.?) ?3[23] ?${TO} ?3[4-6]\b|\b3[23]-3[4-6]\b|\barticles? 33 and 34\b`)],
    },
  ],
  'assist-breach-communication-subjects': [
    {
      id: 'en:assist-informing-data-subjects',
      all: [
        BREACH,
        ASSIST_BREACH,
        re(SUBJECTS_ADDRESSED + String.raw`|\barticles? 34\b|\bart\.? ?34\b|\b3[23] ?${TO} ?3[4-6]\b|\b33 and 34\b|${GENERIC_BREACH_NOTIFICATION}|\bnotification obligations`),
      ],
    },
    {
      id: 'en:assist-with-notifications-to-data-subjects',
      all: [ASSIST, re(String.raw`\bnotifications?\b|\bnotify(?:ing)?\b|\bcommunicat`), NOTIFICATION_TO_SUBJECTS],
    },
    {
      // "assist the controller with its obligations under Articles 32 to 36" covers Art. 33 and 34 as well.
      id: 'en:assist-with-articles-32-36',
      all: [ASSIST, re(String.raw`\b(?:articles?|arts?\.?) ?3[23] ?${TO} ?3[4-6]\b|\b3[23]-3[4-6]\b|\barticles? 33 and 34\b`)],
    },
  ],
  'assist-dpia': [
    {
      id: 'en:assist-with-dpia',
      all: [
        re(String.raw`\bimpact assessments?\b|\bdpias?\b|\bpias?\b|\barticles? 35\b|\bart\.? ?35\b|\b3[2-4] ?${TO} ?36\b|\bprotection assessments?\b`),
        re(String.raw`\bassist|\bsupport|\bco-?operat|\bhelp|\benable|\bprovide|\binformation|\bwork with|\bconduct|\bcarry out|\bcomply|\bcompliance`),
      ],
    },
  ],
  'assist-prior-consultation': [
    {
      id: 'en:assist-with-prior-consultation',
      all: [
        re(String.raw`\bprior consultations?\b|\bconsult(?:ing|ation|ations|s)? (?:with )?(?:the |a |any |competent |relevant )*(?:supervisory|regulator|data protection authorit|authorit)|\bregulatory consultation|\barticles? 36\b|\bart\.? ?36\b|\b3[2-5] ?(?:${TO}|and) ?36\b|\bprior consulting\b|\bconsultation procedures\b|\bconsultation with (?:competent|the|a|any)`),
        re(String.raw`\bassist|\bsupport|\bco-?operat|\bhelp|\benable|\bprovide|\binformation|\bcomply|\bcompliance`),
      ],
    },
  ],
  'delete-or-return': [
    {
      id: 'en:delete-or-return-at-end',
      all: [
        // "the expiry of the deletion period" in a list of measures names a period, not the act.
        re(String.raw`\bdelet(?!ion periods?\b)|\berase|\berasure|\bdestroy|\bdestruction|\breturn|\bhand over|\bdispos`),
        // "upon its conclusion" is when the contract is signed; "after conclusion of the contractual work" is its end.
        re(String.raw`\bterminat|\bexpir|\bend of|\bend date|\b(?:after|upon|on|following|at) (?:the )?conclusion of\b|\bcompletion\b|\bcessation|\bceas|\bno longer|\bchoice|\belection\b|\bretention|\bupon (?:the )?(?:written )?request|\bat the request|\bwhen requested|\bon request|\bafter the end`),
      ],
      none: [re(String.raw`^(?:the |a )?(?:record|log|protocol|confirmation|proof) of (?:the |such )?(?:deletion|destruction|erasure)\b|${DEFINES}|\bright to (?:erasure|be forgotten)|\bdata subjects? (?:may|can|has|have) (?:the right|request)`)],
    },
  ],
  'demonstrate-compliance': [
    {
      id: 'en:information-to-demonstrate-compliance',
      all: [
        re(String.raw`\bdemonstrat|\bprove\b|\bproof\b|\bevidenc|\bverify|\bsubstantiat`),
        re(String.raw`\bcomplian|\bcomply|\bcompl(?:ies|ied)\b|\bobligations\b|\bmeasures\b`),
        re(String.raw`\bmake available|\bmakes available|\bmade available|\bprovide|\bsupply|\bfurnish|\binformation|\bdocumentation|\brecords?\b|\breports?\b|\bcertificat|\bresponses\b|\bquestionnaire`),
      ],
      // "We demonstrate compliance with ISO 27001 …" advertises; it does not give the controller anything.
      none: [re(String.raw`^(?:\S+ ){0,3}?demonstrates? compliance with (?:rigorous |international |industry |recogni[sz]ed )*(?:standards|iso|soc)`)],
    },
    {
      id: 'en:copy-of-subprocessor-agreement',
      all: [re(String.raw`\bcopy of (?:any |the |such )?(?:sub[- ]?processor|sub-processing|sub- processor) agreements?|\bcopies of (?:the )?(?:sub[- ]?processor) agreements`)],
    },
    {
      id: 'en:audit-reports-available',
      // "certify in writing that it has complied with this section within 60 days" confirms one act (usually deletion).
      none: [re(String.raw`\bcertif(?:y|ies|ication) (?:\S+ ){0,4}?that (?:\S+ ){0,6}?(?:has|have) (?:fully )?(?:complied|deleted|destroyed|returned)`)],
      all: [
        re(String.raw`\baudit reports?\b|\bsoc ?2\b|\biso ?27001\b|\bthird[- ]party (?:audit|certification)|\bcertifications?\b|\bsummary (?:of|report)`),
        re(String.raw`\bmake available|\bmakes available|\bmade available|\bprovide|\bsupply|\bfurnish|\bshare|\bsend|\bupon request|\bon request`),
      ],
    },
  ],
  'audits-inspections': [
    {
      id: 'en:allow-audits',
      all: [
        re(String.raw`\baudits?\b|\bauditing\b|\bauditors?\b|\binspections?\b|\binspect\b`),
        re(String.raw`\ballow|\bpermit|\bsubmit|\bcontribut|\bconduct|\bright\b|\bentitled|\bmay\b|\bcarry out|\bcarried out|\bfacilitat|\bco-?operat|\bundergo|\baccess\b|\breview`),
        // Audits for the controller: "allowing anyone to audit our code" is not an audit right.
        re(String.raw`\bcontroller|\bcustomer|\byou\b|\bclient|\bauditors?\b|\binspections?\b|\bsupervisory|\bindependent|\bmandated|\bdata exporter|\bthird[- ]part`),
      ],
      none: [re(String.raw`\baudit (?:log|trail)`)],
    },
  ],
  'subject-matter-duration': [
    {
      id: 'en:duration',
      none: [re(String.raw`\baudit`)],
      all: [re(String.raw`\bduration\b|\bfor the (?:term|life) of\b|\bfor as long as\b|\bterm of (?:the|this) (?:agreement|dpa|contract|addendum)|\buntil (?:the )?(?:termination|expiry|expiration|deletion|end)\b|\bremains? in (?:full )?(?:force|effect)\b|\bsubject[- ]matter\b`)],
      negationOk: true,
    },
  ],
  'nature-purpose': [
    {
      id: 'en:purpose-of-processing',
      none: [re(String.raw`\btaking into (?:account|consideration) the nature`)],
      all: [re(String.raw`\bpurposes?\b|\bnature of (?:the )?processing\b|\bprocessing (?:operations|activities)\b`), re(String.raw`\bprocess|\bservices?\b`)],
      negationOk: true,
    },
  ],
  'personal-data-types': [
    {
      id: 'en:types-of-personal-data',
      // A breach notice lists "affected data categories" without saying what data the processing covers.
      none: [re(String.raw`\bbreach|\bincident`)],
      all: [re(String.raw`\b(?:types?|categories|category|kinds?) of (?:controller |customer )?(?:personal )?(?:data|information)\b(?! subjects?)|\bpersonal data (?:types|categories)\b|\bpersonal data (?:processed|transferred) (?:includes?|concern|are|is)\b|\bip address|\bdata types?\b|\bdata accessed\b`)],
      negationOk: true,
    },
  ],
  'data-subject-categories': [
    {
      id: 'en:categories-of-data-subjects',
      all: [
        re(String.raw`\bdata subjects?\b|\bindividuals whose\b|\bpersons whose\b`),
        re(String.raw`\bcategor|\btypes?\b|\bgroups?\b|\bemployees|\bcustomers|\busers\b|\bend[- ]users|\bstaff\b|\bvisitors|\bclients|\bcontacts|\bmembers\b|\bstudents|\bpatients|\bconsumers|\bprospects|\bsuppliers`),
      ],
      // "data subject requests", "data subject rights" and breach notices name data subjects without categorising them.
      none: [re(String.raw`\brequests?\b|\brights?\b|\bbreach|\bincident|\bapproximate number`)],
      negationOk: true,
    },
  ],
};
