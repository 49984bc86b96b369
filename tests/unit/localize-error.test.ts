// Errors in the reader's language: the code and field paths stay, the words follow the locale.
// Our own messages are translated by key; zod's generic ones come from its locale error map.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import enApiErrors from "@/messages/en/apiErrors.json";
import { AppError } from "@/lib/errors";
import { localizeError, translateMessage } from "@/lib/i18n/localize-error";
import { ZCreateApiToken } from "@/lib/auth/api-token-schemas";
import { PASSWORD_MIN } from "@/lib/auth/password-rules";
import { ZChangePassword, ZCreateUser } from "@/lib/auth/schemas";
import { ZCreateFigure } from "@/lib/figures/schemas";
import { ZLogObservation } from "@/lib/observations/schemas";
import { parseInput } from "@/lib/validate";
import { refuseNul, refuseNulInUrl } from "@/lib/http/refuse-nul";
import { keyedError } from "@/lib/i18n/keyed-error";

const failure = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
};

describe("translateMessage", () => {
  it.each([
    ["The form lost its version; reload the page.", "El formulario perdió su versión; recargue la página."],
    ["There is no figure “us-aid”.", "No existe la cifra “us-aid”."],
    ["An outlet named “El Tiempo” already exists.", "Ya existe un medio llamado “El Tiempo”."],
    [
      "Someone else changed this figure after you opened it (now version 4). Reload to see their change; nothing of yours was saved.",
      "Otra persona cambió esta cifra después de que usted la abrió (ahora versión 4). Recargue para ver su cambio; no se guardó nada suyo.",
    ],
    ["There is no such outlet.", "No existe ese medio."],
    ["“Reuters” exists: merge the two instead.", "«Reuters» ya existe: fusione los dos."],
    [
      "“EFE” is already in the list: add this name to its aliases instead.",
      "«EFE» ya está en la lista: agregue este nombre a sus alias.",
    ],
    [
      "Remove the NUL character (\\u0000); it cannot be stored.",
      "Quite el carácter NUL (\\u0000); no se puede guardar.",
    ],
    [
      "Give two or more figure slugs, separated by commas.",
      "Indique dos o más identificadores (slugs) de cifras, separados por comas.",
    ],
    ["Pick a source from the list.", "Elija una fuente de la lista."],
    ["An account with this email exists.", "Ya existe una cuenta con este correo."],
    // Messages only API callers meet: token scopes and roles, If-Match.
    ["This token lacks the “observations:write” scope.", "Este token no tiene el permiso «observations:write»."],
    [
      "This needs the editor role; the token's owner is a viewer.",
      "Esto requiere el rol de editor; el dueño del token es lector.",
    ],
    [
      "Send If-Match with the version you edited (the observation's `version`).",
      "Envíe If-Match con la versión que editó (la `version` de la observación).",
    ],
    [
      "If-Match must be the observation's version, e.g. 3.",
      "If-Match debe ser la versión de la observación, p. ej., 3.",
    ],
    [
      "This value changed since you loaded it (now version 5). Reload it and edit again.",
      "Este valor cambió desde que lo cargó (ahora versión 5). Recárguelo y vuelva a editarlo.",
    ],
    [
      "Too many texts read from this address. Try again in 30 seconds.",
      "Demasiados textos leídos desde esta dirección. Inténtelo de nuevo en 30 segundos.",
    ],
    ["A sentence no catalogue knows.", "A sentence no catalogue knows."],
  ])("%s", (english, spanish) => {
    expect(translateMessage(english, "es")).toBe(spanish);
    expect(translateMessage(english, "en")).toBe(english);
  });

  it("each English message is written once, so a text leads back to one key", () => {
    const texts = Object.values(enApiErrors);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe("a failed parse, in both languages", () => {
  const err = failure(() =>
    parseInput(ZCreateFigure, { slug: "x-y", title: "A title", unit: "people", kind: "sideways" }),
  );

  it("keeps the code and the field paths", () => {
    expect(err.code).toBe("validation_failed");
    expect(Object.keys(localizeError(err, "es").fields!)).toEqual(Object.keys(err.fields!));
  });

  it("says it in English by default, in Spanish for a Spanish reader (zod's own words for generic issues)", () => {
    expect(localizeError(err, "en").message).toBe("Please fix this field: kind.");
    expect(localizeError(err, "es").message).toBe("Corrija este campo: kind.");
    expect(localizeError(err, "es").fields!.kind[0]).toMatch(/^Opción inválida/);
  });

  it("our own messages become the catalogue's Spanish", () => {
    const e = failure(() => parseInput(ZLogObservation, { figureSlug: "", qualifier: "nope" }));
    const es = localizeError(e, "es");
    expect(e.fields!.qualifier).toEqual(["Choose how the number was qualified (exact, at least, …)."]);
    expect(es.fields!.qualifier).toEqual(["Elija cómo se calificó el número (exacto, al menos, …)."]);
    expect(es.message).toMatch(/^Corrija estos campos: /);
  });

  it("a bare zod schema gets zod's Spanish", () => {
    const e = failure(() => parseInput(z.object({ n: z.number() }), { n: "x" }));
    expect(localizeError(e, "es").fields!.n[0]).toBe("Entrada inválida: se esperaba número, recibido texto");
  });

  it("an unexpected error says so in the reader's language", () => {
    expect(
      localizeError(
        new AppError("internal", "Something went wrong on our side. The error has been logged.").withKey("internal"),
        "es",
      ).message,
    ).toBe("Algo falló de nuestro lado. El error quedó registrado.");
  });
});

describe("the account, token and import messages a Spanish desk meets", () => {
  it("the create-user and change-password forms' field errors", () => {
    const e = failure(() =>
      parseInput(ZCreateUser, { email: "not-an-email", name: "Ana", role: "boss", password: "short" }),
    );
    const es = localizeError(e, "es").fields!;
    expect(es.email).toEqual(["Escriba un correo electrónico como nombre@redaccion.org."]);
    expect(es.role).toEqual(["Elija lector, editor o administrador."]);
    expect(es.password).toEqual([`Use al menos ${PASSWORD_MIN} caracteres.`]);
    const pw = failure(() =>
      parseInput(ZChangePassword, { currentPassword: "", newPassword: "short", confirmPassword: "short" }),
    );
    expect(localizeError(pw, "es").fields!.currentPassword).toEqual(["Escriba su contraseña actual."]);
  });

  it("the API-token form's field error", () => {
    const e = failure(() => parseInput(ZCreateApiToken, { name: "x" }));
    expect(localizeError(e, "es").fields!.name).toEqual([
      "Póngale al token el nombre de lo que lo va a usar (p. ej., “bot de la redacción”).",
    ]);
  });

  it.each([
    [
      "Too many failed sign-ins from this address. Try again in 45 seconds.",
      "Demasiados intentos fallidos de inicio de sesión desde esta dirección. Vuelva a intentarlo en 45 segundos.",
    ],
    [
      "There is no figure “coca-2025”; give its unit to create it.",
      "No existe la cifra “coca-2025”; indique su unit para crearla.",
    ],
    ["Nothing was imported: 3 errors to fix first.", "No se importó nada: hay 3 errores que corregir primero."],
    [
      "Nothing was imported: 1 row has an error to fix first.",
      "No se importó nada: 1 fila tiene un error que hay que corregir primero.",
    ],
    [
      "Another editor changed this value after you opened it (you had version 2, it is now 4). You both changed 2 fields; nothing of yours was saved yet.",
      "Otro editor cambió este valor después de que usted lo abrió (usted tenía la versión 2, ahora es la 4). Ambos cambiaron 2 campos; todavía no se guardó nada de lo suyo.",
    ],
  ])("%s", (english, spanish) => {
    expect(translateMessage(english, "es")).toBe(spanish);
  });
});

describe("messages made from a key with a select (keyedError): English as written, Spanish by key", () => {
  it.each([
    [() => refuseNul({ quote: "a\u0000" }), "quote: Remove the NUL", "quote: quite el carácter NUL"],
    [() => refuseNul("a\u0000"), "The input: Remove the NUL", "La entrada: quite el carácter NUL"],
    [() => refuseNulInUrl("http://x/a%00b"), "The address: Remove the NUL", "La dirección: quite el carácter NUL"],
    [
      () => {
        throw keyedError("not_found", "mergePairGone", { table: "source" });
      },
      "One of those sources no longer exists.",
      "Una de esas fuentes ya no existe.",
    ],
    [
      () => {
        throw keyedError("conflict", "mergePairMerged", { table: "outlet" });
      },
      "One of those outlets was already merged into another; reload the page.",
      "Uno de esos medios ya se fusionó con otro; recargue la página.",
    ],
  ])("%#", (fn, english, spanish) => {
    const e = failure(fn);
    expect(e.message).toContain(english);
    expect(localizeError(e, "es").message).toContain(spanish);
  });
});
