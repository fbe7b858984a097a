// Danish wordings of the Art. 28 elements (Datatilsynet's standard clauses and vendors' own texts).
// Same scheme as the English lexicon: every concept in `all` must occur in one sentence; no nested quantifiers.
import type { Lexicon } from './types.js';

const re = (source: string): RegExp => new RegExp(source, 'iu');

// Danish compounds put the key word anywhere ("underdatabehandleraftalen", "behandlingssikkerhed"), so most
// concepts are matched as stems without a leading word boundary.
const SUB = re(String.raw`underdatabehandler|underleverandør|underdatabehandling|anden databehandler|andre databehandlere|underbehandler|sub-?databehandler|sub-?processor`);
// "artikel 32", "art. 32", "Art. 33-34": the article references Danish DPAs use.
const ART = (n: string): string => String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:artikel|art\.?)\s*${n}(?!\d)`;
const INSTRUKS = re(String.raw`instruks|instruktion|instruere|instrueret|instrukser`);
const ASSIST = re(String.raw`bistå|bistand|assister|hjælp|medvirk|støtte|samarbejd|stille[^.;]{0,40}til rådighed|oplysninger|information`);
const NOTIFY = re(String.raw`underret|informer|orienter|meddel|give besked|advis|varsl|gøre opmærksom`);

export const LEXICON_DA: Lexicon = {
  'documented-instructions': [
    {
      id: 'da:behandling-efter-instruks',
      all: [
        INSTRUKS,
        re(String.raw`behandl|\bhandle|\bhandler\b|udføre|anvende`),
        re(String.raw`\bkun\b|\balene\b|udelukkende|\befter\b|i henhold til|i overensstemmelse med|instrueret|\bpå\b|medmindre`),
      ],
      none: [re(String.raw`i strid med|strider mod|overtræder`)],
    },
  ],
  'legal-requirement-notice': [
    {
      id: 'da:underretning-om-retligt-krav',
      all: [NOTIFY, re(String.raw`\bret\b|\bretten\b|retlige|\blov|lovgivning|nationale ret|eu-ret|myndighed`), re(String.raw`kræv|krav|forpligt|påbud|pålæg|pålagt`)],
      none: [re(String.raw`brud på|sikkerhedsbrud|i strid med`)],
    },
    {
      id: 'da:instruks-medmindre-lovkrav',
      all: [INSTRUKS, re(String.raw`medmindre|undtagen|med mindre`), re(String.raw`kræv|påkrævet|forpligt|pålagt`), re(String.raw`\bret\b|retten|\blov|lovgivning|eu-ret`)],
      negationOk: true,
    },
  ],
  'infringing-instruction-notice': [
    {
      id: 'da:instruks-i-strid-med-loven',
      all: [INSTRUKS, re(String.raw`i strid med|strider mod|overtræd|ulovlig|krænk|ikke er i overensstemmelse`), NOTIFY],
    },
  ],
  confidentiality: [
    {
      id: 'da:fortrolighed-for-personer',
      all: [
        re(String.raw`fortrolig|konfidentialitet|tavshedspligt|tavshed|diskretion`),
        re(String.raw`personer|medarbejder|ansatte|personale|autoriser|\balle\b|konsulenter|underdatabehandler`),
      ],
    },
  ],
  'security-measures': [
    {
      // The commitment; whether the measures are described concretely is security-measures-generic's concern.
      id: 'da:sikkerhedsforanstaltninger',
      all: [
        re(String.raw`tekniske og organisatoriske|organisatoriske og tekniske|sikkerhedsforanstaltning|${ART('32')}|behandlingssikkerhed|passende foranstaltning|informationssikkerhed|datasikkerhed`),
      ],
      // Assistance with Art. 32 (Art. 28(3)(f)) is another element.
      none: [re(String.raw`bistå|bistand`)],
    },
    {
      id: 'da:konkrete-sikkerhedsforanstaltninger',
      all: [re(String.raw`kryptering|krypteret`), re(String.raw`adgangskontrol|adgangsstyring|backup|sikkerhedskopi|logning|firewall|to-faktor|tofaktor|pseudonymiser|https|tls`)],
    },
  ],
  'security-risk-assessment': [
    {
      id: 'da:hændelig-eller-ulovlig-tilintetgørelse',
      all: [re(String.raw`hændelig|ulovlig|uautoriseret|uberettiget`), re(String.raw`tilintetgørelse|\btab\b|ændring|videregivelse|adgang|beskadigelse`)],
    },
    {
      id: 'da:foranstaltninger-efter-artikel-32',
      all: [re(ART('32')), re(String.raw`foranstaltning|sikkerhed`)],
      none: [re(String.raw`bistå|bistand|${ART(String.raw`32\s*(?:-|–|til)\s*3[3-6]`)}`)],
    },
    {
      id: 'da:risikovurdering',
      all: [re(String.raw`risici|risikovurdering|risiko`), re(String.raw`foranstaltning|sikkerhed|beskyttelsesniveau`)],
    },
  ],
  'subprocessor-authorisation': [
    {
      id: 'da:godkendelse-af-underdatabehandlere',
      // Explicit authorisation: "databehandleren anvender følgende underdatabehandlere" is not one.
      all: [SUB, re(String.raw`godkend|samtykke|tilladelse|accept|bemyndig|(?<![A-Za-zÀ-ÖØ-öø-ɏ])må(?![A-Za-zÀ-ÖØ-öø-ɏ])[^.;]{0,40}(?:gøre brug|anvende|benytte)`)],
      negationOk: true,
    },
  ],
  'subprocessor-changes-notice': [
    {
      id: 'da:varsel-om-ændringer',
      all: [SUB, re(String.raw`ændring|tilføj|udskift|\bny\b|\bnye\b|skift|bytte`), re(String.raw`underret|varsel|varsl|informer|orienter|meddel|indsigelse|besked`)],
      negationOk: true,
    },
  ],
  'subprocessor-flow-down': [
    {
      id: 'da:samme-forpligtelser',
      all: [SUB, re(String.raw`samme|tilsvarende|mindst|svarende til|ligeså|lige så|som minimum`), re(String.raw`forpligtelse|vilkår|krav|aftale|kontrakt|pålægge`)],
    },
  ],
  'subprocessor-liability': [
    {
      id: 'da:ansvar-for-underdatabehandlere',
      // "ansvar" as a word: "dataansvarlige" is the controller, not liability.
      all: [SUB, re(String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:fuldt\s+)?ansvar(?:lig|lige|et)?(?![A-Za-zÀ-ÖØ-öø-ɏ])|hæfte|hæfter`)],
    },
  ],
  'assist-data-subject-rights': [
    {
      id: 'da:bistand-med-registreredes-rettigheder',
      all: [
        re(String.raw`registrerede|registreredes|\bbrugere\b|\bbrugernes`),
        re(String.raw`rettighed|anmodning|henvendelse|indsigt|kapitel iii|forespørgsl|klage`),
        re(String.raw`bistå|bistand|assister|hjælp|medvirk|støtte|videresend|underret|besvar|samarbejd|oplysningspligt`),
      ],
      negationOk: true,
    },
  ],
  'assist-security': [
    {
      id: 'da:bistand-med-sikkerhed',
      // Not bare "sikkerhed": "brud på persondatasikkerheden" is a breach, not security of processing.
      all: [ASSIST, re(String.raw`${ART('32')}|behandlingssikkerhed|sikkerheden ved behandlingen|sikring af behandlingen|sikkerhedsforanstaltning|sikkerhedsniveau`)],
    },
  ],
  'assist-breach-notification-authority': [
    {
      id: 'da:bistand-med-anmeldelse',
      all: [
        re(String.raw`bistå|bistand|assister|hjælp|medvirk|støtte|samarbejd|oplysninger|information|sætte[^.;]{0,30}i stand`),
        re(String.raw`brud|hændelse`),
        re(String.raw`tilsynsmyndighed|datatilsynet|myndighed|${ART('33')}|anmeld`),
      ],
    },
    { id: 'da:bistand-artikel-32-36', all: [ASSIST, re(ART(String.raw`3[23]\s*(?:-|–|til)\s*3[4-6]`))] },
  ],
  'assist-breach-communication-subjects': [
    {
      id: 'da:bistand-med-underretning-af-registrerede',
      all: [
        re(String.raw`bistå|bistand|assister|hjælp|medvirk|støtte|samarbejd|oplysninger|information`),
        re(String.raw`brud|hændelse`),
        re(String.raw`registrerede|${ART('34')}|berørte personer`),
      ],
    },
    { id: 'da:bistand-artikel-32-36', all: [ASSIST, re(ART(String.raw`3[23]\s*(?:-|–|til)\s*3[4-6]`))] },
  ],
  'assist-dpia': [
    {
      id: 'da:bistand-med-konsekvensanalyse',
      all: [re(String.raw`konsekvensanalyse|konsekvensvurdering|${ART('35')}|dpia|${ART(String.raw`3[2-4]\s*(?:-|–|til)\s*36`)}`), ASSIST],
    },
  ],
  'assist-prior-consultation': [
    {
      id: 'da:bistand-med-forudgående-høring',
      all: [re(String.raw`\bhøre\b|høring|forudgående høring|${ART('36')}|${ART(String.raw`3[2-5]\s*(?:-|–|til)\s*36`)}`), re(String.raw`tilsynsmyndighed|datatilsynet|myndighed|${ART('36')}|${ART(String.raw`3[2-5]\s*(?:-|–|til)\s*36`)}`), ASSIST],
    },
    {
      id: 'da:høre-tilsynsmyndigheden',
      all: [re(String.raw`forpligtelse til at høre|høre den kompetente tilsynsmyndighed|høre tilsynsmyndigheden`)],
    },
  ],
  'delete-or-return': [
    {
      id: 'da:sletning-eller-tilbagelevering',
      all: [re(String.raw`slet|tilbagelever|returner|destruer|tilintetgør|udlever`), re(String.raw`ophør|afslut|opsig|udløb|valg|ikke længere|efter aftalens|slutning|tjenesterne`)],
      none: [re(String.raw`retten til sletning|anmodninger? om sletning|registreredes? rettigheder`)],
    },
  ],
  'demonstrate-compliance': [
    {
      id: 'da:oplysninger-til-påvisning',
      all: [
        re(String.raw`til rådighed|stiller|udlever|fremsend|\bgive\b|\bgiver\b|dokumentation|oplysninger`),
        re(String.raw`påvis|godtgør|bevise|dokumentere(?!t)|kontrollere`),
        re(String.raw`overholde|overholdelse|efterlev|forpligtelse`),
      ],
    },
  ],
  'audits-inspections': [
    {
      id: 'da:revision-og-inspektion',
      all: [
        re(String.raw`revision|inspektion|audit|tilsyn med|fysisk tilsyn`),
        re(String.raw`mulighed|bidrag|\bret til|foretage|gennemføre|adgang|tillade|\bkan\b|(?<![A-Za-zÀ-ÖØ-öø-ɏ])må(?![A-Za-zÀ-ÖØ-öø-ɏ])|forpligtet|berettiget|udføre`),
      ],
    },
  ],
  'subject-matter-duration': [
    {
      id: 'da:varighed',
      all: [re(String.raw`varighed|så længe|løbetid|indtil ophør|i hele aftalens|behandlingens genstand|genstand for behandlingen`)],
    },
  ],
  'nature-purpose': [
    {
      id: 'da:formål',
      all: [re(String.raw`formål|karakteren af behandlingen|behandlingens karakter`), re(String.raw`behandl|tjeneste|ydelse`)],
      negationOk: true,
    },
  ],
  'personal-data-types': [
    {
      id: 'da:typer-af-personoplysninger',
      all: [re(String.raw`typer? af personoplysninger|typer? af persondata|kategorier af personoplysninger|kategorier af persondata|typer af oplysninger|personoplysninger[^.;]{0,40}omfatter|almindelige personoplysninger|almindelige oplysninger|e-mailadresse|ip-adresse|kontaktoplysninger`)],
      negationOk: true,
    },
  ],
  'data-subject-categories': [
    {
      id: 'da:kategorier-af-registrerede',
      all: [
        re(String.raw`registrerede`),
        re(String.raw`kategori|omfatter|medarbejder|ansatte|kunder|brugere|borgere|elever|patienter|medlemmer|besøgende|kontaktpersoner`),
      ],
      negationOk: true,
    },
  ],
};
