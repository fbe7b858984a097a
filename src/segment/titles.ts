// Telling a heading from a sentence: "3. Den dataansvarliges rettigheder og forpligtelser" (title) versus
// "3. Den dataansvarlige er ansvarlig for ... at foretage." (clause body).

const ABBREVIATION_END = /\b(vedr|bl\.a|inkl|etc|jf|m\.v|mv|pkt|nr|stk|art|ca|evt|f\.eks|incl|e\.g|i\.e|no)\.$/i;

export function isTitleLike(rest: string, maxLength = 110): boolean {
  const t = rest.trim();
  if (t === '') return true;
  if (t.length > maxLength) return false;
  if (/[.;,:]$/.test(t) && !ABBREVIATION_END.test(t)) return false;
  if (t.split(/\s+/).length > 16) return false;
  if (!/^[A-ZÀ-ÖØ-Þ\d"'(]/u.test(t)) return false;
  // Two sentences are body text.
  if (/[a-zæøå]{2}[.!?]\s+[A-ZÀ-ÖØ-Þ]/u.test(t)) return false;
  return true;
}

/**
 * An annex section's heading line may run into its body ("C.6 Instruks vedrørende overførsel ... tredjelande
 * Databehandleren er ikke instrueret ..."). Returns the title and where the body starts in `rest` (null: no body here).
 */
export function splitAnnexTitle(rest: string): { title: string; bodyOffset: number | null } {
  const t = rest.trimEnd();
  if (t === '') return { title: '', bodyOffset: null };
  // A heading that does not end a sentence is all title (the template's A.5 title itself holds a full stop).
  if (!/[.!?]["')]?$/.test(t) && t.length <= 300 && !/[A-Za-zÀ-ÖØ-öø-ɏ]:\s/u.test(t)) return { title: t.replace(/:$/, ''), bodyOffset: null };
  const candidates: number[] = [];
  const sentence = /[a-zß-öø-ÿ)]{2}\.\s+(?=[A-ZÀ-ÖØ-Þ])/gu;
  let m: RegExpExecArray | null;
  while ((m = sentence.exec(t))) if (m.index >= 12) candidates.push(m.index + m[0].length);
  // "A.5 Varighed: Så længe ..." (a bold lead-in in Markdown): the colon ends the title.
  const colon = /[A-Za-zÀ-ÖØ-öø-ɏ)]:\s+/gu;
  while ((m = colon.exec(t))) if (m.index >= 2 && m.index <= 150) candidates.push(m.index + m[0].length);
  // A lower-case word followed by a capitalised word that starts a clause: Danish capitalises no common nouns.
  const glued = /(?<![a-zß-öø-ÿ])[a-zß-öø-ÿ]{3,} (?=(Databehandleren|Den|Det|Der|De|Hvis|Behandlingen|Personoplysninger|Parterne|Dataansvarlig|Databehandler|Tilsynet|Tilsyn|Revisionen|The|This|Processor|Controller)\b)/gu;
  while ((m = glued.exec(t))) if (m.index >= 12) candidates.push(m.index + m[0].length);
  if (candidates.length === 0) return t.length <= 200 ? { title: t, bodyOffset: null } : { title: '', bodyOffset: 0 };
  const cut = Math.min(...candidates);
  return { title: t.slice(0, cut).trim().replace(/[.:]$/, ''), bodyOffset: cut };
}
