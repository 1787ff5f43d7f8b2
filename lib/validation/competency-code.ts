import { z } from "zod";

/** A competency code of content/standards/4-04-05-05.yaml: "L<level>-<function>.<content>.<skill>", e.g. "L5-2.1.2". */
export const competencyCodePattern = /^L\d-\d+\.\d+\.\d+$/;
export const ZCompetencyCode = z.string().regex(competencyCodePattern, 'a competency code like "L5-2.1.2" (content/standards/4-04-05-05.yaml)');
