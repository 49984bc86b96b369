// A value's check status in words (never colour alone).
const LABELS = { unchecked: "Not checked yet", checked: "Checked", returned: "Sent back" } as const;

export function CheckBadge({ status }: { status: keyof typeof LABELS }) {
  return (
    <span className={`badge check-${status}`} data-testid="check-status">
      {LABELS[status]}
    </span>
  );
}
