import { cookies, headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getEnv } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { requireWriteCredentials } from '@/lib/auth/write-token';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { checkHost, checkSameOrigin, originHeadersOf } from './request-checks';
import { withinGate } from './context';
import { gateOf, markGate, type GateKind } from './marker';

/** One result shape for every action, for useActionState and for plain calls alike. */
export type ActionResult<T> = { ok: true; value: T; message?: string } | { ok: false; message: string; errors: string[]; position?: unknown };

type Spec<S extends z.ZodType, T> = {
  /** Named in errors and logs. */
  name: string;
  input: S;
  run: (input: z.infer<S>) => Promise<T>;
  /** Revalidate the whole app after a call that changed something. */
  revalidate?: (value: T) => boolean;
  message?: (value: T) => string;
};

/**
 * Every server action is made here. In order: Host allowlist and same origin; for writes, the signed sign-in
 * cookie; the input checked with zod; then lib, inside a gate context that lets only write actions write.
 * Domain errors become { ok: false, message }; anything else is a bug and goes to error.tsx.
 */
function gatedAction<S extends z.ZodType, T>(kind: GateKind, spec: Spec<S, T>) {
  const action = async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const incoming = await headers();
      checkHost(incoming.get('host'), getEnv().NEWSGRAPH_ALLOWED_HOSTS);
      checkSameOrigin(originHeadersOf(incoming));
      if (kind === 'write') {
        requireWriteCredentials({ bearer: null, session: (await cookies()).get(SESSION_COOKIE)?.value ?? null }, 'page');
      }
      const parsed = spec.input.safeParse(raw instanceof FormData ? fromForm(raw) : raw);
      if (!parsed.success) {
        const errors = parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
        return { ok: false, message: errors.join('; '), errors };
      }
      const value = await withinGate({ kind, name: spec.name }, () => spec.run(parsed.data));
      if (kind === 'write' && (spec.revalidate?.(value) ?? true)) revalidatePath('/', 'layout');
      return { ok: true, value, ...(spec.message ? { message: spec.message(value) } : {}) };
    } catch (error) {
      if (!isAppError(error)) throw error;
      const position = (error as { position?: unknown }).position;
      return { ok: false, message: error.message, errors: [error.message], ...(position ? { position } : {}) };
    }
  };
  return markGate(action, kind, spec.name);
}

/** A form's fields as an object; a repeated name becomes an array. Files stay File objects. */
function fromForm(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = form.getAll(key);
    fields[key] = values.length === 1 ? values[0] : values;
  }
  return fields;
}

export function readAction<S extends z.ZodType, T>(spec: Spec<S, T>) {
  return gatedAction('read', spec);
}

export function writeAction<S extends z.ZodType, T>(spec: Spec<S, T>) {
  return gatedAction('write', spec);
}

/** For useActionState: (previous state, form data) → the same result shape. */
export function asFormAction<T>(action: (raw: unknown) => Promise<ActionResult<T>>) {
  const form = (_previous: ActionResult<T> | null, data: FormData) => action(data);
  const mark = gateOf(action);
  if (!mark) throw new Error('asFormAction takes an action made by readAction or writeAction.');
  return markGate(form, mark.kind, mark.name);
}
