import { RegisterListPage } from '#app/components/registers/register-list';
import { registerMeta } from '#app/components/registers/meta';
import { EXPERIMENT_REGISTER as register } from '#app/domain/register-definitions';
import { experimentStore } from '#app/models/experiments.server';
import { registerListLoader } from '#app/registers/list.server';

export const loader = registerListLoader(register, experimentStore);

export default function ExperimentsPage() {
  return <RegisterListPage register={register} />;
}

export const meta = registerMeta(register.texts.title);
