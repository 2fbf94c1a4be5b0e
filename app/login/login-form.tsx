'use client';

import { useActionState } from 'react';
import { login } from './actions';

export function LoginForm() {
  const [state, action, pending] = useActionState(login, null);
  return (
    <form action={action} className="login-form">
      <label htmlFor="token">Write token</label>
      <input id="token" name="token" type="password" autoComplete="current-password" required />
      <button type="submit" disabled={pending}>{pending ? 'Checking…' : 'Sign in'}</button>
      {state && <p role="status" className={state.ok ? 'muted' : 'error'}>{state.message}</p>}
    </form>
  );
}
