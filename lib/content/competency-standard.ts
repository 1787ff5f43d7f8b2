import { z } from "zod";
import { ZCompetencyCode } from "../validation/competency-code";

const ZText = z.string().trim().min(1);
const ZSkill = z.object({ id: ZCompetencyCode, title: ZText, titleEn: ZText });
const ZContent = z.object({ code: z.string().regex(/^\d+\.\d+$/), title: ZText, titleEn: ZText, skills: z.array(ZSkill).min(1) });
const ZFunction = z.object({ code: z.string().regex(/^\d+$/), title: ZText, titleEn: ZText, contents: z.array(ZContent).min(1) });

/** The file format of content/standards/<occupation-code>.yaml (a paraphrase of a national standard). */
export const ZCompetencyStandard = z.object({
  standard: z.object({ code: ZText, title: ZText, titleEn: ZText, edition: ZText, issuer: ZText, issuerEn: ZText }),
  levels: z
    .array(z.object({ level: z.number().int().min(1).max(5), name: ZText, nameEn: ZText, functions: z.array(ZFunction).min(1) }))
    .min(1),
});
export type TCompetencyStandard = z.infer<typeof ZCompetencyStandard>;

/** One 技能要求 with the 职业功能 and 工作内容 it belongs to. */
export type TCompetency = {
  id: string;
  level: number;
  levelName: string;
  levelNameEn: string;
  functionTitle: string;
  functionTitleEn: string;
  contentCode: string;
  contentTitle: string;
  contentTitleEn: string;
  title: string;
  titleEn: string;
};

/**
 * Flattens a standard into its skills, in the standard's order. Throws when a skill's id does not
 * spell its own level and position ("L5-2.1.2" under level 5, content 2.1), so a typo cannot
 * silently shift a code.
 */
export function listCompetencies(standard: TCompetencyStandard): TCompetency[] {
  const list: TCompetency[] = [];
  const seen = new Set<string>();
  for (const level of standard.levels) {
    for (const fn of level.functions) {
      for (const content of fn.contents) {
        if (!content.code.startsWith(`${fn.code}.`)) throw new Error(`content ${content.code} is not under function ${fn.code}`);
        for (const skill of content.skills) {
          if (!skill.id.startsWith(`L${level.level}-${content.code}.`)) throw new Error(`${skill.id} is not under level ${level.level}, content ${content.code}`);
          if (seen.has(skill.id)) throw new Error(`duplicate competency ${skill.id}`);
          seen.add(skill.id);
          list.push({
            id: skill.id,
            level: level.level,
            levelName: level.name,
            levelNameEn: level.nameEn,
            functionTitle: fn.title,
            functionTitleEn: fn.titleEn,
            contentCode: content.code,
            contentTitle: content.title,
            contentTitleEn: content.titleEn,
            title: skill.title,
            titleEn: skill.titleEn,
          });
        }
      }
    }
  }
  return list;
}
