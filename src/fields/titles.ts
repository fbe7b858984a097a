// Headings of the annex sections that hold values, in Danish (2020 and 2018 templates) and English.
// Used to find a section by its title when its number differs from the 2020 template's (seed 003 puts the
// transfer instruction in "C.4", the sub-processor list in "B.2").

export interface SectionTitle {
  id: string;
  title: RegExp;
  /** Titles that match `title` but belong to another section. */
  not?: RegExp;
}

export const SECTION_TITLES: SectionTitle[] = [
  { id: 'A.1', title: /formål|purpose/iu },
  { id: 'A.2', title: /karakter|nature of the processing/iu },
  { id: 'A.3', title: /typer af personoplysninger|kategorier af personoplysninger|personoplysningstyper|types? of personal data|categories of personal data|personal data categories/iu },
  { id: 'A.4', title: /kategorier af registrerede|kategorier af de registrerede|categories of data subjects|data subjects/iu },
  { id: 'A.5', title: /varighed|duration/iu },
  { id: 'B.1', title: /godkendte underdatabehandlere|liste over (?:godkendte )?underdatabehandlere|approved sub-?processors|authori[sz]ed sub-?processors|list of sub-?processors/iu },
  { id: 'B.2', title: /varsel|betingelser for databehandlerens brug|notice|conditions for the use/iu },
  { id: 'C.1', title: /genstand|subject[- ]matter/iu },
  { id: 'C.2', title: /behandlingssikkerhed|sikkerhedsforanstaltninger|security of processing|security measures|technical and organi[sz]ational/iu },
  { id: 'C.3', title: /bistand|assistance/iu },
  { id: 'C.4', title: /opbevaringsperiode|sletterutine|storage period|retention|deletion routine/iu },
  { id: 'C.5', title: /lokalitet|location/iu },
  { id: 'C.6', title: /overførsel|tredjeland|transfers?\b|third countr/iu },
  { id: 'C.7', title: /revision|tilsyn|inspektion|audit|inspection/iu, not: /underdatabehandler|sub-?processor/iu },
  { id: 'C.8', title: /(?:revision|tilsyn|inspektion|audit|inspection).*(?:underdatabehandler|sub-?processor)/iu },
];

const BY_ID = new Map(SECTION_TITLES.map((t) => [t.id, t]));

export function sectionTitle(id: string): SectionTitle {
  const t = BY_ID.get(id);
  if (!t) throw new Error(`no section title for ${id}`);
  return t;
}

/** Template id of an annex heading, judged by its title within its annex letter; the heading's own id otherwise. */
export function templateIdForHeading(id: string, title: string): string {
  const letter = id[0];
  const same = BY_ID.get(id);
  if (same && same.title.test(title) && !same.not?.test(title)) return id;
  for (const t of SECTION_TITLES) {
    if (t.id[0] !== letter) continue;
    if (t.title.test(title) && !t.not?.test(title)) return t.id;
  }
  return id;
}
