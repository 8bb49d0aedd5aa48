// A real OpenID Connect provider (the certified `oidc-provider`) for the single sign-on tests.
//
//   node server.js CONFIG.json
//
// CONFIG.json: {"port": 0, "clients": [...client metadata...],
//               "accounts": {"<login>": {"password": "...", "claims": {...}}}}
// It listens on 127.0.0.1 only (port 0: a free one) and prints one line "READY <issuer>" when
// it answers. Sign-in is a small login form that checks the account's password; consent is
// granted without a question, as a municipality's provider does for its own applications.
// PKCE is required for every client; RP-initiated logout asks the person to confirm.

import { readFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';

import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const accounts = config.accounts || {};

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title, body) => `<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

function loginForm(uid, error) {
  return page('Log ind hos testudbyderen', `
    ${error ? `<p role="alert">${escape(error)}</p>` : ''}
    <form method="post" action="/interaction/${escape(uid)}/login">
      <p><label for="login">Brugernavn</label> <input id="login" name="login" autocomplete="username"></p>
      <p><label for="password">Adgangskode</label>
         <input id="password" name="password" type="password" autocomplete="current-password"></p>
      <p><button type="submit">Log ind hos udbyderen</button></p>
    </form>
    <form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit">Afbryd</button></form>`);
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10000) reject(new Error('form too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

function send(res, status, html) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}

async function interaction(provider, req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, page('Ugyldig forespørgsel', ''));
  const { prompt, params, session } = details;

  if (action === 'abort' && req.method === 'POST') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'The person cancelled the sign-in',
    }, { mergeWithLastSubmission: false });
  }
  if (prompt.name === 'login') {
    if (action === 'login' && req.method === 'POST') {
      const form = await readForm(req);
      const login = form.get('login') || '';
      const account = Object.hasOwn(accounts, login) ? accounts[login] : null;
      if (!account || account.password !== form.get('password')) {
        return send(res, 200, loginForm(uid, 'Forkert brugernavn eller adgangskode.'));
      }
      return provider.interactionFinished(req, res, { login: { accountId: login } },
        { mergeWithLastSubmission: false });
    }
    return send(res, 200, loginForm(uid));
  }
  if (prompt.name === 'consent') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    const missing = prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes || {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  return send(res, 501, page('Ikke understøttet', ''));
}

let handler = null;
const server = http.createServer((req, res) => handler(req, res));
server.listen(config.port || 0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'test-key-1' };

  const provider = new Provider(issuer, {
    clients: config.clients,
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-provider-cookie-key-0123456789'] },
    claims: {
      openid: ['sub', 'oid'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
      groups: ['groups'],
    },
    scopes: ['openid', 'email', 'profile', 'groups'],
    async findAccount(ctx, id) {
      if (!Object.hasOwn(accounts, id)) return undefined;
      return { accountId: id, async claims() { return { sub: id, ...accounts[id].claims }; } };
    },
    pkce: { required: () => true, methods: ['S256'] },
    interactions: { url: (ctx, details) => `/interaction/${details.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = page('Log ud hos testudbyderen', `${form}
            <button type="submit" form="op.logoutForm" value="yes" name="logout">Ja, log mig ud</button>
            <button type="submit" form="op.logoutForm">Nej, forbliv logget ind</button>`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page('Du er logget ud hos testudbyderen', '');
        },
      },
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Fejl hos testudbyderen', `<pre>${escape(JSON.stringify(out))}</pre>`);
    },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, IdToken: 600, AccessToken: 600, AuthorizationCode: 60 },
  });
  provider.on('server_error', (ctx, error) => console.error('server_error', error));
  const callback = provider.callback();

  handler = (req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(req.url.split('?')[0]);
    if (!match) return callback(req, res);
    return interaction(provider, req, res, match[1], match[2]).catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, 400, page('Fejl hos testudbyderen', escape(error.message)));
    });
  };
  console.log(`READY ${issuer}`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
