// `npm run cli -- user <create|list|reset-password|reset-totp|enable>`: administration from the
// server's shell, e.g. the first administrator, or an admin who lost their phone.
// Passwords come from SALVAGUARDA_NEW_PASSWORD or a hidden prompt; nothing secret is printed.
import { eq } from 'drizzle-orm';
import readline from 'node:readline';
import { type Role, roles as allRoles } from '../../../common/roles.js';
import { openRuntime, parseArgs, type Command } from '../../cli/runtime.js';
import type { Database } from '../../db/client.js';
import { AppError } from '../http/errors.js';
import { users } from './auth.schema.js';
import { createUser, listUsers, resetPassword, resetTotp, setDisabled, type ChangeContext } from './users.service.js';

const USAGE = `Uso:
  user create --username NOMBRE --role ROL[,ROL...] [--display-name "Nombre"]
  user list
  user reset-password --username NOMBRE
  user reset-totp --username NOMBRE
  user enable --username NOMBRE
La contraseña se lee de SALVAGUARDA_NEW_PASSWORD o se pregunta sin mostrarla.
Roles: ${allRoles.join(', ')}`;

/** Reads a line without echoing it when stdin is a terminal; reads the first line of a pipe otherwise. */
export async function promptHidden(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WritableStream };
    out._writeToOutput = (s: string) => {
      if (s.includes(question)) out.output.write(s);
    };
  }
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return answer;
}

async function newPassword(): Promise<string> {
  const fromEnv = process.env.SALVAGUARDA_NEW_PASSWORD;
  if (fromEnv) return fromEnv;
  const first = await promptHidden('Contraseña nueva: ');
  if (process.stdin.isTTY && (await promptHidden('Repita la contraseña: ')) !== first) {
    throw new AppError('bad_request', 400, undefined, 'Las contraseñas no coinciden.');
  }
  return first;
}

export function parseRoles(value: string | true | undefined): Role[] {
  const list =
    typeof value === 'string'
      ? value
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean)
      : [];
  const bad = list.filter((r) => !(allRoles as readonly string[]).includes(r));
  if (list.length === 0 || bad.length > 0) {
    throw new AppError(
      'bad_request',
      400,
      undefined,
      `Rol inválido: ${bad.join(', ') || '(ninguno)'}. Roles: ${allRoles.join(', ')}`,
    );
  }
  return list as Role[];
}

async function userIdOf(db: Database, username: string | true | undefined): Promise<string> {
  if (typeof username !== 'string') throw new AppError('bad_request', 400, undefined, 'Falta --username.');
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username.trim().toLowerCase()))
    .limit(1);
  if (!u) throw new AppError('not_found', 404, undefined, `No existe el usuario ${username}.`);
  return u.id;
}

export const userCommand: Command = async (argv) => {
  const { positionals, flags } = parseArgs(argv);
  const action = positionals[0];
  if (!action || !['create', 'list', 'reset-password', 'reset-totp', 'enable'].includes(action)) {
    console.error(USAGE);
    return 2;
  }
  const runtime = await openRuntime({ allowGenerateKeys: !process.env.DATABASE_URL });
  const db = runtime.handle.db;
  const ctx: ChangeContext = { actor: null, ip: 'cli' };
  try {
    if (runtime.generatedKeyFile)
      console.log(`Se generó una llave de cifrado en: ${runtime.generatedKeyFile} (resguárdela).`);
    if (action === 'list') {
      for (const u of await listUsers(db)) {
        console.log(
          `${u.username.padEnd(28)} ${u.roles.join(',').padEnd(24)} ${u.disabled ? 'deshabilitado' : 'activo'}${u.totpEnrolled ? ' 2FA' : ''}`,
        );
      }
    } else if (action === 'create') {
      if (typeof flags.username !== 'string') throw new AppError('bad_request', 400, undefined, 'Falta --username.');
      const roles = parseRoles(flags.role);
      const displayName = typeof flags['display-name'] === 'string' ? flags['display-name'] : flags.username;
      const user = await createUser(
        db,
        { username: flags.username, displayName, roles, password: await newPassword() },
        ctx,
        { mustChangePassword: false },
      );
      console.log(`Usuario creado: ${user.username} (${user.roles.join(', ')}).`);
    } else if (action === 'reset-password') {
      const id = await userIdOf(db, flags.username);
      await resetPassword(db, id, await newPassword(), ctx);
      console.log('Contraseña restablecida; se cerraron las sesiones de la persona.');
    } else if (action === 'reset-totp') {
      await resetTotp(db, await userIdOf(db, flags.username), ctx);
      console.log('Verificación en dos pasos restablecida: la configurará de nuevo al iniciar sesión.');
    } else {
      await setDisabled(db, await userIdOf(db, flags.username), false, ctx);
      console.log('Cuenta habilitada y desbloqueada.');
    }
    return 0;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const details = Array.isArray(err.details)
      ? err.details.map((d: { message?: string }) => `\n  - ${d.message}`).join('')
      : '';
    console.error(`${err.message}${details}`);
    return 1;
  } finally {
    await runtime.close();
  }
};
