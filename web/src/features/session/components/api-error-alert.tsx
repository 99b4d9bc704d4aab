// Shared by every account page (sign-in here, the settings in features/account): it lives in components/.
export { ApiErrorAlert } from '../../../components/api-error-alert';
