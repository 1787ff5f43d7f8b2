/**
 * Typed, validating access to decoded form params, producing Stripe's error
 * messages (`Missing required param: x.`, `Invalid integer: abc`,
 * `Received unknown parameter: x`). Param names in errors are the full
 * bracketed path, e.g. `line_items[0][price_data][unit_amount]`.
 */
import { invalid, missingParam, unknownParam } from "./errors";
import type { ParamObject, ParamValue } from "./form";
import type { Metadata } from "./types";

function oneOfText(values: readonly string[]): string {
  if (values.length < 2) return values.join("");
  return `${values.slice(0, -1).join(", ")}, or ${values[values.length - 1]}`;
}

export class Params {
  constructor(
    readonly raw: ParamObject,
    readonly prefix = "",
  ) {}

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  private value(key: string): ParamValue | undefined {
    return this.raw[key];
  }

  has(key: string): boolean {
    const v = this.value(key);
    return v !== undefined && v !== "";
  }

  /** Rejects keys not in `allowed` with Stripe's parameter_unknown error. */
  allow(allowed: readonly string[]): this {
    for (const key of Object.keys(this.raw)) {
      if (!allowed.includes(key)) throw unknownParam(this.name(key));
    }
    return this;
  }

  str(key: string, opts: { required?: boolean; max?: number } = {}): string | undefined {
    const v = this.value(key);
    if (v === undefined || v === "") {
      if (opts.required) throw missingParam(this.name(key));
      return undefined;
    }
    if (typeof v !== "string") throw invalid(`Invalid string: ${this.name(key)}`, this.name(key));
    if (opts.max !== undefined && v.length > opts.max) {
      throw invalid(`Invalid string: ${v.slice(0, 20)}...; must be at most ${opts.max} characters`, this.name(key), "string_length_too_long");
    }
    return v;
  }

  enumStr<T extends string>(key: string, values: readonly T[], required = false): T | undefined {
    const v = this.str(key, { required });
    if (v === undefined) return undefined;
    if (!(values as readonly string[]).includes(v)) {
      // Stripe's wording for enum errors; it sends no `code` for these (as far as we know).
      throw invalid(`Invalid ${this.name(key)}: must be one of ${oneOfText(values)}`, this.name(key));
    }
    return v as T;
  }

  int(key: string, opts: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const v = this.str(key, { required: opts.required });
    if (v === undefined) return undefined;
    if (!/^-?\d+$/.test(v)) {
      throw invalid(`Invalid integer: ${v}`, this.name(key), "parameter_invalid_integer");
    }
    const n = Number(v);
    if (!Number.isSafeInteger(n)) throw invalid(`Invalid integer: ${v}`, this.name(key), "parameter_invalid_integer");
    if (opts.min !== undefined && n < opts.min) {
      const what = opts.min === 1 ? "positive integer" : opts.min === 0 ? "non-negative integer" : "integer";
      throw invalid(`Invalid ${what}`, this.name(key), "parameter_invalid_integer");
    }
    if (opts.max !== undefined && n > opts.max) {
      throw invalid(`This value must be less than or equal to ${opts.max}.`, this.name(key));
    }
    return n;
  }

  decimal(key: string): number | undefined {
    const v = this.str(key);
    if (v === undefined) return undefined;
    if (!/^\d+(\.\d+)?$/.test(v)) throw invalid(`Invalid decimal: ${v}`, this.name(key));
    return Number(v);
  }

  bool(key: string): boolean | undefined {
    const v = this.str(key);
    if (v === undefined) return undefined;
    if (v === "true") return true;
    if (v === "false") return false;
    throw invalid(`Invalid boolean: ${v}`, this.name(key));
  }

  obj(key: string, required = false): Params | undefined {
    const v = this.value(key);
    if (v === undefined || v === "") {
      if (required) throw missingParam(this.name(key));
      return undefined;
    }
    if (typeof v === "string" || Array.isArray(v)) throw invalid("Invalid hash", this.name(key));
    return new Params(v, this.name(key));
  }

  list(key: string, required = false): Params[] {
    const v = this.value(key);
    if (v === undefined || v === "") {
      if (required) throw missingParam(this.name(key));
      return [];
    }
    if (!Array.isArray(v)) throw invalid("Invalid array", this.name(key));
    return v.map((item, i) => {
      if (typeof item === "string" || Array.isArray(item)) {
        throw invalid("Invalid hash", `${this.name(key)}[${i}]`);
      }
      return new Params(item, `${this.name(key)}[${i}]`);
    });
  }

  strList(key: string): string[] {
    const v = this.value(key);
    if (v === undefined || v === "") return [];
    if (!Array.isArray(v)) throw invalid("Invalid array", this.name(key));
    return v.map((item, i) => {
      if (typeof item !== "string") throw invalid("Invalid string", `${this.name(key)}[${i}]`);
      return item;
    });
  }

  /** Stripe's metadata limits: 50 keys, key <= 40 chars, value <= 500 chars. */
  metadata(key = "metadata"): Metadata | undefined {
    const v = this.value(key);
    if (v === undefined) return undefined;
    if (v === "") return {};
    if (typeof v === "string" || Array.isArray(v)) throw invalid("Invalid hash", this.name(key));
    const entries = Object.entries(v);
    if (entries.length > 50) throw invalid("Metadata can have at most 50 keys.", this.name(key));
    const out: Metadata = {};
    for (const [k, val] of entries) {
      if (typeof val !== "string") throw invalid("Invalid string", `${this.name(key)}[${k}]`);
      if (k.length > 40) throw invalid("Metadata keys can be at most 40 characters.", `${this.name(key)}[${k}]`);
      if (val.length > 500) throw invalid("Metadata values can have up to 500 characters.", `${this.name(key)}[${k}]`);
      if (val !== "") out[k] = val;
    }
    return out;
  }

  expand(): string[] {
    return this.strList("expand");
  }
}
