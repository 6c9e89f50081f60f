import { openRuntime, type Command } from './runtime.js';

export const migrateCommand: Command = async () => {
  const runtime = await openRuntime({ allowGenerateKeys: false }).catch(async (err) => {
    throw err;
  });
  console.log(`Migraciones aplicadas (${runtime.handle.engine}).`);
  await runtime.close();
  return 0;
};
