import { channelOptAction } from './channelOptAction';

export default channelOptAction('optOut');
