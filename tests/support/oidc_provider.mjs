// A real OpenID Connect provider for the login tests: node's oidc-provider (OpenID certified), on loopback only.
//
//   node tests/support/oidc_provider.mjs CONFIG.json
//
// CONFIG.json: {"clients": [...oidc-provider client metadata...], "state": "/path/state.json"}.
// It listens on a free port of 127.0.0.1 and prints one line, "READY <issuer>", when it serves.
//
// The state file is read again at every use, so a test changes it between two logins:
//   {"accounts": {"<login>": {"sub", "password", "active", "claims": {name, given_name, family_name, email,
//                 groups}}},
//    "tamper": null | "signature" | "audience"}
// An account that is not active is refused at the login form and by findAccount (a provider session it still had
// is no longer honoured). "tamper" stands for an attacker on the way between the token endpoint and the site:
// "signature" changes the ID token's payload (adds the group "MT-leden") and keeps the signature, "audience"
// re-signs it with the provider's own key for another client, as a token issued to another application would be.
//
// The interactions are ours, not the development ones: a login form that checks the password, and consent
// granted at once (an organisation's provider pre-approves its own applications).

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { generateKeyPairSync, sign } from 'node:crypto';
import Provider, { interactionPolicy } from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const state = () => JSON.parse(readFileSync(config.state, 'utf8'));
const byLogin = (login) => state().accounts[login];
const bySub = (sub) => Object.values(state().accounts).find((account) => account.sub === sub);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key-1', alg: 'RS256', use: 'sig' };

const server = createServer();
await new Promise((resolve) => { server.listen(0, '127.0.0.1', resolve); });
const issuer = `http://127.0.0.1:${server.address().port}`;

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) => `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

// A provider session whose account is gone or switched off asks for the login form again, as an organisation's
// provider does (without this check oidc-provider would go on to the consent prompt without an account).
const policy = interactionPolicy.base();
policy.get('login').checks.add(new interactionPolicy.Check(
  'account_unavailable', 'the account of this session is no longer available',
  (ctx) => (ctx.oidc.session.accountId && !ctx.oidc.account
    ? interactionPolicy.Check.REQUEST_PROMPT : interactionPolicy.Check.NO_NEED_TO_PROMPT),
));

const provider = new Provider(issuer, {
  clients: config.clients,
  jwks: { keys: [jwk] },
  cookies: { keys: ['test-only-cookie-key'] },
  claims: {
    openid: ['sub'],
    profile: ['name', 'given_name', 'family_name', 'groups'],
    email: ['email', 'email_verified'],
  },
  // As Entra ID does: the person's claims (groups too) are in the ID token as well as at userinfo.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true, logoutSource } },
  interactions: { policy, url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const account = bySub(sub);
    if (!account || !account.active) return undefined;
    return {
      accountId: sub,
      async claims() { return { sub, ...account.claims, email_verified: true }; },
    };
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page('Fout bij de inlogdienst', `<p id="error">${escape(out.error)}: ${escape(out.error_description)}</p>`);
  },
});

async function logoutSource(ctx, form) {
  // The provider's own confirmation, with the button inside the form so a plain HTML client can submit it.
  const withButton = form.replace('</form>', '<button type="submit" name="logout" value="yes">Uitloggen</button></form>');
  ctx.body = page('Uitloggen bij de inlogdienst', withButton);
}

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unb64 = (part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

function tamper(idToken, mode) {
  const [header, payload, signature] = idToken.split('.');
  const claims = unb64(payload);
  if (mode === 'signature') {
    claims.groups = [...(claims.groups || []), 'MT-leden'];
    return `${header}.${b64(claims)}.${signature}`;
  }
  if (mode === 'audience') {
    claims.aud = 'andere-toepassing';
    claims.azp = 'andere-toepassing';
    const input = `${header}.${b64(claims)}`;
    return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
  }
  return idToken;
}

// Unexpected errors go to stderr, which the test fixture keeps in provider.log.
provider.on('server_error', (ctx, error) => console.error('server_error', error));

provider.use(async (ctx, next) => {
  await next();
  const mode = state().tamper;
  if (mode && ctx.path === '/token' && ctx.status === 200 && ctx.body && ctx.body.id_token) {
    ctx.body = { ...ctx.body, id_token: tamper(ctx.body.id_token, mode) };
  }
});

function loginForm(uid, message) {
  return page('Inloggen bij de gemeente', `${message ? `<p id="error">${escape(message)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label for="username">Gebruikersnaam</label> <input id="username" name="username" autocomplete="username">
<label for="password">Wachtwoord</label> <input id="password" name="password" type="password" autocomplete="current-password">
<button type="submit">Inloggen</button></form>`);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

async function interaction(req, res, uid, isLogin) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session, grantId } = details;
  if (prompt.name === 'login') {
    if (!(req.method === 'POST' && isLogin)) return send(res, 200, loginForm(uid));
    const body = await readBody(req);
    const account = byLogin(body.get('username') || '');
    if (!account || account.password !== body.get('password')) {
      return send(res, 200, loginForm(uid, 'Onbekende gebruikersnaam of verkeerd wachtwoord.'));
    }
    if (!account.active) return send(res, 200, loginForm(uid, 'Dit account is uitgeschakeld.'));
    return provider.interactionFinished(req, res, { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false });
  }
  if (prompt.name === 'consent') {
    const grant = grantId ? await provider.Grant.find(grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true });
  }
  return send(res, 501, page('Niet ondersteund', `<p>${escape(prompt.name)}</p>`));
}

const callback = provider.callback();
server.on('request', async (req, res) => {
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url, issuer).pathname);
  if (!match) return callback(req, res);
  try {
    return await interaction(req, res, match[1], Boolean(match[2]));
  } catch (error) {
    return send(res, 400, page('Fout bij de inlogdienst', `<p id="error">${escape(error.message)}</p>`));
  }
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
console.log(`READY ${issuer}`);
