import type { FormInstance } from 'antd';

/** The form's values, or null when validation failed (the form shows why); never rejects. */
export async function validated<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
