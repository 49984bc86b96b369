// Admin → Users: everyone with an account; add people, change roles, disable accounts.
import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { ActionForm } from "@/components/ui/action-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { formatDate } from "@/lib/format/format-date";
import { listUsers } from "@/lib/users/list-users";
import { changeRoleAction, createUserAction, setDisabledAction } from "./actions";
import { AdminNav } from "@/components/admin/admin-nav";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageRole({ need: "admin", path: "/admin/users" });
  const users = await listUsers({});
  return (
    <>
      <div className="page-head">
        <div>
          <h1>People</h1>
          <p className="muted">Viewers read; editors log, check and correct values; admins also manage people and settings.</p>
        </div>
      </div>
      <AdminNav current="users" />
      <table className="data-table">
        <caption className="sr-only">Accounts</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last seen</th>
          </tr>
        </thead>
        <tbody>
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
                    <span>{u.role} (you)</span>
                  ) : (
                    <ActionForm action={changeRoleAction} className="inline-form">
                      <input type="hidden" name="userId" value={u.id} />
                      <select name="role" defaultValue={u.role} aria-label={`Role of ${u.email}`}>
                        <option value="viewer">viewer</option>
                        <option value="editor">editor</option>
                        <option value="admin">admin</option>
                      </select>
                      <button type="submit" className="button secondary">
                        Change
                      </button>
                    </ActionForm>
                  )}
                </td>
                <td>
                  {u.isDisabled ? <strong>disabled</strong> : "active"}
                  {!isMe && (
                    <ActionForm action={setDisabledAction} className="inline-form">
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="disabled" value={u.isDisabled ? "false" : "true"} />
                      <button type="submit" className="link-button">
                        {u.isDisabled ? `Enable ${u.email}` : `Disable ${u.email}`}
                      </button>
                    </ActionForm>
                  )}
                </td>
                <td className="small">
                  {u.lastSeenAt ? formatDate(u.lastSeenAt) : "never"}
                  {u.activeSessions > 0 && <span className="muted"> · {u.activeSessions} active session{u.activeSessions > 1 ? "s" : ""}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CreateUserForm action={createUserAction} />
    </>
  );
}
