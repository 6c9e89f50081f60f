import { ConfigError } from './config.js';
import { registry } from './features/index.js';
import type { CommandEntry } from './features/manifest.js';

/** The command line: the platform's commands and those of every feature manifest, each loaded only when used. */
const platformCommands: Record<string, CommandEntry> = {
  serve: { describe: 'inicia el servidor web', load: async () => (await import('./cli/serve.js')).serve },
  migrate: {
    describe: 'aplica las migraciones de la base de datos',
    load: async () => (await import('./cli/migrate.js')).migrateCommand,
  },
  audit: {
    describe: 'audit verify: verifica la integridad de la bitácora',
    load: async () => (await import('./cli/audit.js')).auditCommand,
  },
  user: {
    describe: 'user create|list|reset-password|reset-totp|enable: cuentas de usuario',
    load: async () => (await import('./platform/auth/user.command.js')).userCommand,
  },
  backup: {
    describe: 'backup ARCHIVO [--logical]: respalda la base de datos',
    load: async () => (await import('./cli/backup.js')).backupCommand,
  },
  restore: {
    describe: 'restore ARCHIVO: restaura un respaldo en una base vacía',
    load: async () => (await import('./cli/backup.js')).restoreCommand,
  },
  keys: {
    describe: 'keys rotate | status | remove-old: llaves de cifrado',
    load: async () => (await import('./cli/keys.js')).keysCommand,
  },
};

for (const name of Object.keys(registry.commands)) {
  if (name in platformCommands) throw new Error(`command «${name}» is claimed by the platform and a feature`);
}
const commands: Record<string, CommandEntry> = { ...platformCommands, ...registry.commands };

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.describe}`);
  return `Uso: npm run cli -- <comando> [opciones]\n\nComandos:\n${lines.join('\n')}`;
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(usage());
    process.exitCode = name ? 2 : 0;
    return;
  }
  const code = await (await command.load())(rest);
  if (code >= 0) process.exit(code);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
