// The two decisions on alerts, sent as the form's `action` field (lib/monitoring/schemas.ts):
// acknowledge (only while an alert is open) and resolve; for one alert or for every ticked one.
import { useTranslations } from "next-intl";

export function AlertDecisions({
  canAcknowledge,
  isPending,
  isBulk = false,
}: {
  canAcknowledge: boolean;
  isPending: boolean;
  isBulk?: boolean;
}) {
  const t = useTranslations("alerts");
  return (
    <>
      {canAcknowledge && (
        <button className="button secondary" type="submit" name="action" value="acknowledge" disabled={isPending}>
          {t(isBulk ? "acknowledgeTicked" : "acknowledge")}
        </button>
      )}
      <button className="button" type="submit" name="action" value="resolve" disabled={isPending}>
        {t(isBulk ? "resolveTicked" : "resolve")}
      </button>
    </>
  );
}
