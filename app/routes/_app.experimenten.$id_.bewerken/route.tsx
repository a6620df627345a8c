import { RegisterEditPage } from '#app/components/registers/register-form-pages';
import { registerMeta } from '#app/components/registers/meta';
import { EXPERIMENT_REGISTER as register } from '#app/domain/register-definitions';
import { experimentStore } from '#app/models/experiments.server';
import { registerEditAction, registerEditLoader } from '#app/registers/form.server';

export const loader = registerEditLoader(register, experimentStore);
export const action = registerEditAction(register, experimentStore);

export default function EditExperimentPage() {
  return <RegisterEditPage register={register} />;
}

export const meta = registerMeta(register.texts.editTitle);
