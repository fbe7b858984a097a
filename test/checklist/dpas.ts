// Small DPAs written for these tests (invented parties), each with every Art. 28 element, one sentence per element,
// so a test can drop or rewrite one sentence and see exactly that element go missing.

export const EN_ELEMENTS: Record<string, string> = {
  'documented-instructions': 'The Processor shall process the Personal Data only on documented instructions from the Controller, including with regard to transfers to third countries.',
  'legal-requirement-notice': 'Where Union or Member State law requires the Processor to process the Personal Data otherwise, the Processor shall inform the Controller of that legal requirement before processing, unless that law prohibits such information.',
  'infringing-instruction-notice': 'The Processor shall immediately inform the Controller if, in its opinion, an instruction infringes the GDPR or other data protection provisions.',
  confidentiality: 'The Processor shall ensure that persons authorised to process the Personal Data have committed themselves to confidentiality.',
  'security-measures': 'The Processor shall implement appropriate technical and organisational measures as set out in Annex 2.',
  'security-risk-assessment': 'These measures shall ensure a level of security appropriate to the risk, in particular against accidental or unlawful destruction, loss or alteration of the Personal Data.',
  'subprocessor-authorisation': 'The Controller gives the Processor general written authorisation to engage the sub-processors listed in Annex 3.',
  'subprocessor-changes-notice': 'The Processor shall inform the Controller of any intended addition or replacement of sub-processors 30 days in advance, giving the Controller the opportunity to object.',
  'subprocessor-flow-down': 'The Processor shall impose on each sub-processor, by written contract, the same data protection obligations as those set out in this Agreement.',
  'subprocessor-liability': "The Processor shall remain fully liable to the Controller for the performance of each sub-processor's obligations.",
  'assist-data-subject-rights': 'The Processor shall assist the Controller in responding to requests from data subjects exercising their rights under Chapter III of the GDPR.',
  'assist-security': 'The Processor shall assist the Controller in ensuring compliance with its obligations concerning the security of processing under Article 32.',
  'assist-breach-notification-authority': 'The Processor shall assist the Controller in notifying a personal data breach to the supervisory authority.',
  'assist-breach-communication-subjects': 'The Processor shall assist the Controller in communicating a personal data breach to the affected data subjects.',
  'assist-dpia': 'The Processor shall assist the Controller with any data protection impact assessment.',
  'assist-prior-consultation': 'The Processor shall assist the Controller with any prior consultation of the supervisory authority.',
  'delete-or-return': 'At the end of the services, the Processor shall delete or return all Personal Data at the choice of the Controller.',
  'demonstrate-compliance': 'The Processor shall make available to the Controller all information necessary to demonstrate compliance with Article 28.',
  'audits-inspections': 'The Processor shall allow for and contribute to audits, including inspections, conducted by the Controller or an auditor mandated by the Controller.',
  'subject-matter-duration': 'The processing concerns the hosting of the Controller’s booking system and lasts for the term of the Agreement.',
  'nature-purpose': 'The purpose of the processing is to provide the booking service to the Controller.',
  'personal-data-types': 'The types of personal data are names, e-mail addresses and booking history.',
  'data-subject-categories': 'The categories of data subjects are the Controller’s customers and employees.',
};

export const DA_ELEMENTS: Record<string, string> = {
  'documented-instructions': 'Databehandleren må kun behandle personoplysninger efter dokumenteret instruks fra den dataansvarlige.',
  'legal-requirement-notice': 'Kræver EU-ret eller national ret, at databehandleren behandler oplysningerne, underretter databehandleren den dataansvarlige om dette retlige krav inden behandlingen.',
  'infringing-instruction-notice': 'Databehandleren underretter omgående den dataansvarlige, hvis en instruks efter databehandlerens mening er i strid med databeskyttelsesforordningen.',
  confidentiality: 'Databehandleren sikrer, at de personer, der er autoriseret til at behandle personoplysningerne, har forpligtet sig til fortrolighed.',
  'security-measures': 'Databehandleren gennemfører de tekniske og organisatoriske foranstaltninger, der er beskrevet i bilag C.',
  'security-risk-assessment': 'Databehandleren vurderer risiciene ved behandlingen og tilpasser sikkerhedsniveauet til disse risici.',
  'subprocessor-authorisation': 'Den dataansvarlige giver databehandleren generel skriftlig godkendelse til at anvende underdatabehandlere.',
  'subprocessor-changes-notice': 'Databehandleren underretter den dataansvarlige om planlagte ændringer vedrørende tilføjelse eller udskiftning af underdatabehandlere med 30 dages varsel, så den dataansvarlige kan gøre indsigelse.',
  'subprocessor-flow-down': 'Databehandleren pålægger ved kontrakt underdatabehandleren de samme databeskyttelsesforpligtelser som dem, der følger af denne aftale.',
  'subprocessor-liability': 'Databehandleren forbliver fuldt ansvarlig over for den dataansvarlige for underdatabehandlerens opfyldelse af sine forpligtelser.',
  'assist-data-subject-rights': 'Databehandleren bistår den dataansvarlige med at besvare anmodninger om udøvelse af de registreredes rettigheder.',
  'assist-security': 'Databehandleren bistår den dataansvarlige med overholdelse af forpligtelserne efter forordningens artikel 32 om behandlingssikkerhed.',
  'assist-breach-notification-authority': 'Databehandleren bistår den dataansvarlige med at anmelde brud på persondatasikkerheden til Datatilsynet.',
  'assist-breach-communication-subjects': 'Databehandleren bistår den dataansvarlige med at underrette de registrerede om brud på persondatasikkerheden.',
  'assist-dpia': 'Databehandleren bistår den dataansvarlige med at udarbejde en konsekvensanalyse.',
  'assist-prior-consultation': 'Databehandleren bistår den dataansvarlige med en forudgående høring af Datatilsynet.',
  'delete-or-return': 'Ved ophør af tjenesterne sletter eller tilbageleverer databehandleren alle personoplysninger efter den dataansvarliges valg.',
  'demonstrate-compliance': 'Databehandleren stiller alle oplysninger til rådighed, der er nødvendige for at påvise overholdelsen af artikel 28.',
  'audits-inspections': 'Databehandleren giver mulighed for og bidrager til revisioner, herunder inspektioner, som foretages af den dataansvarlige.',
  'subject-matter-duration': 'Behandlingen varer, så længe hovedaftalen er i kraft.',
  'nature-purpose': 'Formålet med behandlingen er at levere bookingsystemet til den dataansvarlige.',
  'personal-data-types': 'Behandlingen omfatter følgende typer af personoplysninger: navn, e-mailadresse og bookinghistorik.',
  'data-subject-categories': 'Behandlingen omfatter følgende kategorier af registrerede: kunder og medarbejdere hos den dataansvarlige.',
};

/** A DPA from the element sentences, leaving out `drop` and replacing sentences by code. */
export function dpa(
  elements: Record<string, string>,
  { drop = [], replace = {} }: { drop?: string[]; replace?: Record<string, string> } = {},
): string {
  const title = elements === DA_ELEMENTS ? '# Databehandleraftale' : '# Data Processing Agreement';
  const body = Object.entries(elements)
    .filter(([code]) => !drop.includes(code))
    .map(([code, sentence]) => replace[code] ?? sentence);
  return [title, ...body].join('\n\n') + '\n';
}
