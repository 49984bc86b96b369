// Manage → Topics: each topic's Spanish name (version-checked); the topic itself stays as stored.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/manage/fields";
import { ManageHead } from "@/components/manage/manage-head";
import { RecordForm } from "@/components/manage/record-form";
import { RecordItem } from "@/components/manage/record-item";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listTopics } from "@/lib/topics/list-topics";
import { saveTopicNameAction } from "../actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title", { page: "topics" }) };
}

export default async function ManageTopicsPage() {
  await requirePageRole({ need: "editor", path: "/manage/topics" });
  const [topics, t] = await Promise.all([listTopics({}), getTranslations("manage")]);
  return (
    <>
      <ManageHead current="topics" intro={t("topics.intro")} />
      {topics.length === 0 ? (
        <p className="empty">{t("topics.empty")}</p>
      ) : (
        <ul className="manage-list">
          {topics.map((tp, i) => (
            <RecordItem
              key={tp.topic}
              data-testid={`topic-${i}`}
              name={tp.topic}
              meta={[
                tp.nameEs ? t("topics.nameEs", { name: tp.nameEs }) : t("topics.noName"),
                t("topics.figures", { count: tp.figureCount }),
                t("version", { version: tp.version }),
              ].join(" · ")}
            >
              <RecordForm
                record={{ id: tp.topic, version: tp.version }}
                action={saveTopicNameAction}
                summary={t("edit")}
                label={t("editRecord", { name: tp.topic })}
                submit={t("topics.save")}
              >
                <TextField
                  id={`topic-${i}-nameEs`}
                  name="nameEs"
                  label={t("field.nameEs")}
                  lang="es"
                  defaultValue={tp.nameEs}
                />
              </RecordForm>
            </RecordItem>
          ))}
        </ul>
      )}
    </>
  );
}
