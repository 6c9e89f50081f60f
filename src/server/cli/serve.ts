import { count } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { users } from '../platform/auth/auth.schema.js';
import { demoSeeders } from '../demo/index.js';
import { registry } from '../features/index.js';
import { openRuntime, type Command } from './runtime.js';

export const serve: Command = async () => {
  const runtime = await openRuntime({
    allowGenerateKeys: process.env.SALVAGUARDA_DEMO !== 'false' && !process.env.DATABASE_URL,
  });
  const { config, deps } = runtime;
  const [{ n } = { n: 0 }] = await deps.db.select({ n: count() }).from(users);
  // Demo mode: explicitly asked for, or an empty embedded database (a fresh clone running `npm start`).
  const demo = config.demo ?? (!config.databaseUrl && n === 0);
  if (runtime.generatedKeyFile) {
    console.log(`Se generó una llave de cifrado para esta base de datos en: ${runtime.generatedKeyFile}`);
    console.log('Resguárdela: sin ella no pueden leerse los datos personales.');
  }
  if (demo && n === 0) {
    console.log('Modo demostración: se cargan datos ficticios.');
    for (const seeder of demoSeeders(registry)) {
      const lines = await seeder.seed(deps);
      for (const line of lines) console.log(line);
    }
  }
  const app = await buildApp(deps);
  const close = async () => {
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `Salvaguarda disponible en http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`,
  );
  return -1; // keep running
};
