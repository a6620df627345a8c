import { RegisterNewPage } from '#app/components/registers/register-form-pages';
import { registerMeta } from '#app/components/registers/meta';
import { EXPERIMENT_REGISTER as register } from '#app/domain/register-definitions';
import { experimentStore } from '#app/models/experiments.server';
import { registerNewAction, registerNewLoader } from '#app/registers/form.server';

export const loader = registerNewLoader(register, experimentStore);
export const action = registerNewAction(register, experimentStore);

export default function NewExperimentPage() {
  return <RegisterNewPage register={register} />;
}

export const meta = registerMeta(register.texts.createTitle);
