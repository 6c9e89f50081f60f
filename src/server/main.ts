import { ConfigError } from './config.js';
import type { Command } from './cli/runtime.js';

/** The command line. Each command is loaded only when used. One line per command. */
const commands: Record<string, { describe: string; load: () => Promise<Command> }> = {
  serve: { describe: 'inicia el servidor web', load: async () => (await import('./cli/serve.js')).serve },
  migrate: {
    describe: 'aplica las migraciones de la base de datos',
    load: async () => (await import('./cli/migrate.js')).migrateCommand,
  },
  audit: {
    describe: 'audit verify: verifica la integridad de la bitácora',
    load: async () => (await import('./cli/audit.js')).auditCommand,
  },
  report: {
    describe: 'report bimonthly --from --to --format json|docx|xlsx|pdf [--out]: informe bimestral',
    load: async () => (await import('./features/reports/report.command.js')).reportCommand,
  },
  import: {
    describe: 'import PAQUETE.json [--dry-run]: importa un paquete salvaguarda/v1 (todo o nada)',
    load: async () => (await import('./features/interchange/interchange.cli.js')).importCommand,
  },
  export: {
    describe: 'export PAQUETE.json: exporta toda la base en formato salvaguarda/v1',
    load: async () => (await import('./features/interchange/interchange.cli.js')).exportCommand,
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
