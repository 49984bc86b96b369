// POST /api/extract — {"text": "…", "unit"?: "people", "lang"?: "en" | "es" | "auto"} → the figure-like
// numbers in the text, each with value/low/high (decimal strings), qualifier, unit, its words, character
// offsets and the language it was read as.
// Reads no data, so no account is needed; throttled per client address (lib/throttle/client-ip)
// and bounded: 20,000 characters in, at most MAX_CANDIDATES out, each quote at most MAX_QUOTE_CHARS.
import { AppError } from "@/lib/errors";
import { extractFigures } from "@/lib/extract/extract-figures";
import { pickCandidate } from "@/lib/extract/pick-candidate";
import { EXTRACT_LIMIT, MAX_EXTRACT_CHARS, ZExtractRequest } from "@/lib/extract/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { clientIp } from "@/lib/throttle/client-ip";
import { consumeThrottle } from "@/lib/throttle/consume-throttle";
import { parseInput } from "@/lib/validate";

export const dynamic = "force-dynamic";

const TOO_LARGE = `The text is too long: send at most ${MAX_EXTRACT_CHARS.toLocaleString("en")} characters.`;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: handleRoute("public", async ({ req }) => {
    const ip = clientIp(req);
    if (ip)
      await consumeThrottle({
        key: `extract:ip:${ip}`,
        ...EXTRACT_LIMIT,
        message: "Too many texts read from this address.",
      });
    // JSON escapes may make the body longer than the text: allow for that before reading it all.
    const body = await readJsonBody(req, {
      maxBytes: MAX_EXTRACT_CHARS * 6 + 1000,
      tooLarge: TOO_LARGE,
      example: '{"text": "At least 43 people were killed."}',
    });
    const { text, unit, lang } = parseInput(ZExtractRequest, body);
    if (text.length > MAX_EXTRACT_CHARS) throw new AppError("payload_too_large", TOO_LARGE);
    const candidates = extractFigures(text, { lang });
    return Response.json({
      candidates: candidates.map((c) => ({
        value: c.value,
        low: c.low,
        high: c.high,
        qualifier: c.qualifier,
        unit: c.unit,
        text: c.text,
        start: c.start,
        end: c.end,
        quote: c.quote,
        lang: c.lang,
      })),
      preselected: pickCandidate(candidates, unit),
    });
  }),
});
