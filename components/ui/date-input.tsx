"use client";
// A date field that is one Tab stop: a text field for YYYY-MM-DD (Chromium's own date input
// takes a Tab per segment, three or four per field), with a calendar for the mouse. The calendar
// button is not in the Tab order; from the keyboard, Alt+↓ in the field opens the same picker.
import { useTranslations } from "next-intl";
import { useRef, type ChangeEvent } from "react";

type Props = {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  value?: string;
  defaultValue?: string;
  onChange?: (ev: { target: { value: string } }) => void;
  max?: string;
  required?: boolean;
};

export function DateInput({ value, defaultValue, onChange, max, ...a }: Props) {
  const t = useTranslations("forms.date");
  const textRef = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLInputElement>(null);
  const openPicker = () => {
    const picker = pickerRef.current;
    if (!picker) return;
    picker.value = /^\d{4}-\d{2}-\d{2}$/.test(textRef.current?.value ?? "") ? textRef.current!.value : "";
    try {
      picker.showPicker();
    } catch {
      // No picker in this browser: the text field is enough.
    }
  };
  const picked = (ev: ChangeEvent<HTMLInputElement>) => {
    const text = textRef.current;
    if (!text) return;
    if (onChange) onChange({ target: { value: ev.target.value } });
    else text.value = ev.target.value;
    text.focus();
  };
  return (
    <span className="date-input">
      <input
        {...a}
        ref={textRef}
        type="text"
        inputMode="numeric"
        placeholder={t("placeholder")}
        autoComplete="off"
        pattern="\d{4}-\d{2}-\d{2}"
        {...(onChange ? { value: value ?? "", onChange } : { defaultValue })}
        onKeyDown={(ev) => {
          if (ev.altKey && ev.key === "ArrowDown") {
            ev.preventDefault();
            openPicker();
          }
        }}
      />
      <button
        type="button"
        className="date-input-button"
        tabIndex={-1}
        aria-hidden="true"
        onClick={openPicker}
        title={t("pick")}
      >
        <svg
          width="16"
          height="16"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          aria-hidden="true"
        >
          <rect x="2" y="3" width="12" height="11" rx="1.5" />
          <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" />
        </svg>
      </button>
      <input
        ref={pickerRef}
        type="date"
        className="date-input-picker"
        tabIndex={-1}
        aria-hidden="true"
        max={max}
        onChange={picked}
      />
    </span>
  );
}
