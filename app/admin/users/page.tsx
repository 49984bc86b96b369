// Admin → Users: everyone with an account; add people, change roles, disable accounts.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { ActionForm } from "@/components/ui/action-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { formatDate } from "@/lib/format/format-date";
import { listUsers } from "@/lib/users/list-users";
import { changeRoleAction, createUserAction, setDisabledAction } from "./actions";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHead } from "@/components/ui/page-head";
import { DataTable } from "@/components/ui/data-table";
import { ROLES } from "@/lib/auth/actor";
import { Options } from "@/components/ui/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users.title") };
}

export default async function UsersPage() {
  const me = await requirePageRole({ need: "admin", path: "/admin/users" });
  const [users, t, locale] = await Promise.all([listUsers({}), getTranslations("admin.users"), getLocale()]);
  return (
    <>
      <PageHead title={t("heading")} lead={t("intro")} />
      <AdminNav current="users" />
      <DataTable
        caption={t("caption")}
        head={[t("person"), t("role"), t("status"), t("lastSeen")]}
        className="data-table"
      >
        {users.map((u) => {
          const isMe = u.id === me.id;
          return (
            <tr key={u.id} data-testid={`user-${u.email}`}>
              <th scope="row">
                {u.name}
                <br />
                <span className="small muted">{u.email}</span>
              </th>
              <td>
                {isMe ? (
                  <span>{t("you", { role: t("roleName", { role: u.role }) })}</span>
                ) : (
                  <ActionForm action={changeRoleAction} className="inline-form">
                    <input type="hidden" name="userId" value={u.id} />
                    <select name="role" defaultValue={u.role} aria-label={t("roleOf", { email: u.email })}>
                      <Options values={ROLES} label={(role) => t("roleName", { role })} />
                    </select>
                    <button type="submit" className="button secondary">
                      {t("change")}
                    </button>
                  </ActionForm>
                )}
              </td>
              <td>
                {u.isDisabled ? <strong>{t("disabled")}</strong> : t("active")}
                {!isMe && (
                  <ActionForm action={setDisabledAction} className="inline-form">
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="disabled" value={u.isDisabled ? "false" : "true"} />
                    <button type="submit" className="link-button">
                      {t(u.isDisabled ? "enable" : "disable", { email: u.email })}
                    </button>
                  </ActionForm>
                )}
              </td>
              <td className="small">
                {u.lastSeenAt ? formatDate(u.lastSeenAt, locale) : t("never")}
                {u.activeSessions > 0 && <span className="muted"> · {t("sessions", { count: u.activeSessions })}</span>}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <CreateUserForm action={createUserAction} />
    </>
  );
}
