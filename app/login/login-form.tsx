'use client';

import { useActionState } from 'react';
import { login, logout } from './actions';

export function LoginForm({ signedIn }: { signedIn: boolean }) {
  const [state, action, pending] = useActionState(login, null);
  const [outState, outAction, outPending] = useActionState(logout, null);
  const shown = outState ?? state;
  const isSignedIn = (signedIn || state?.ok === true) && !outState?.ok;
  return (
    <>
      {!isSignedIn && (
        <form action={action} className="login-form">
          <label htmlFor="token">Write token</label>
          <input id="token" name="token" type="password" autoComplete="current-password" required />
          <button type="submit" disabled={pending}>
            {pending ? 'Checking…' : 'Sign in'}
          </button>
        </form>
      )}
      {isSignedIn && (
        <form action={outAction} className="login-form">
          <button type="submit" disabled={outPending}>
            Sign out
          </button>
        </form>
      )}
      {shown && (
        <p role="status" className={shown.ok ? 'muted' : 'error'}>
          {shown.message}
        </p>
      )}
    </>
  );
}
