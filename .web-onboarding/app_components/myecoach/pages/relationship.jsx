
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Table as RadixThemesTable,Text as RadixThemesText} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {addEvents} from "$/utils/context"








export const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_2166ab52 = /*#__PURE__*/ (() => {
const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_2166ab52 = memo(({children, ...rest}) => {
    const ref_notifications_bell = useRef(null); refs["ref_notifications_bell"] = ref_notifications_bell;
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"notifications-bell", ref:ref_notifications_bell, weight:"medium" }))},jsx(ReactRouterLink,{to:"/notifications"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideBell,{"aria-hidden":"true",size:18},),jsx(RadixThemesText,{as:"p"},"Notifications"),jsx(Fragment,{},((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",radius:"full",variant:"solid"},reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_,jsx("span",{className:"visually-hidden"}," unread")))):(jsx(Fragment,{},)))))))
    )
});
Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_2166ab52.displayName = "Link";
return Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_2166ab52;
})();

export const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_2166ab52 = /*#__PURE__*/ (() => {
const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_2166ab52.displayName = "Cond";
return Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_2166ab52;
})();

export const Link_link_c0adc0395a095cb4459cd39e3696de83_2166ab52 = /*#__PURE__*/ (() => {
const Link_link_c0adc0395a095cb4459cd39e3696de83_2166ab52 = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, className:"user", css:({ ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "var(--space-1)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"/account"},jsx(LucideCircleUser,{"aria-hidden":"true",size:16},),jsx("span",{className:"visually-hidden"},"Your account: "),reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_))
    )
});
Link_link_c0adc0395a095cb4459cd39e3696de83_2166ab52.displayName = "Link";
return Link_link_c0adc0395a095cb4459cd39e3696de83_2166ab52;
})();

export const Button_button_f7a4668df5bbe5eee84f92f12b92c363_2166ab52 = /*#__PURE__*/ (() => {
const Button_button_f7a4668df5bbe5eee84f92f12b92c363_2166ab52 = memo(({children, ...rest}) => {
    const on_click_b2a06169250cebfd0c5e2ee6aca1f6ae = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b2a06169250cebfd0c5e2ee6aca1f6ae, size:"2", variant:"soft" }))},children)
    )
});
Button_button_f7a4668df5bbe5eee84f92f12b92c363_2166ab52.displayName = "Button";
return Button_button_f7a4668df5bbe5eee84f92f12b92c363_2166ab52;
})();

export const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_2166ab52 = /*#__PURE__*/ (() => {
const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_2166ab52.displayName = "Cond";
return Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_2166ab52;
})();

export const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_2166ab52 = /*#__PURE__*/ (() => {
const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_2166ab52 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_message_rx_state_
    )
});
Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_2166ab52.displayName = "Bare";
return Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_2166ab52;
})();

export const Link_link_69f3d661ef27b7b2ec3ad718297cec17_2166ab52 = /*#__PURE__*/ (() => {
const Link_link_69f3d661ef27b7b2ec3ad718297cec17_2166ab52 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_url_rx_state_},"Open session"))
    )
});
Link_link_69f3d661ef27b7b2ec3ad718297cec17_2166ab52.displayName = "Link";
return Link_link_69f3d661ef27b7b2ec3ad718297cec17_2166ab52;
})();

export const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_2166ab52 = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_2166ab52 = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", css:({ ["padding"] : "6px" }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_2166ab52.displayName = "IconButton";
return Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_2166ab52;
})();

export const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_2166ab52 = /*#__PURE__*/ (() => {
const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_2166ab52 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
const reflex___state____state__myecoach___state___live____live_toast = useStateContext("reflex___state____state.myecoach___state___live____live_toast")
    return(
        ((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_id_rx_state_ > reflex___state____state__myecoach___state___live____live_toast.seen_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_2166ab52.displayName = "Cond";
return Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_2166ab52;
})();

export const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_2166ab52 = /*#__PURE__*/ (() => {
const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_2166ab52 = memo(({children}) => {
    
                useEffect(() => {
                    ((...args) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("You have been signed out."))), ["callback"] : null }), ({  })))], args, ({  })));(addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/sign-in", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], args, ({  })));})()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(Fragment,{},)
    )
});
Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_2166ab52.displayName = "Fragment";
return Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_2166ab52;
})();

export const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_2166ab52 = /*#__PURE__*/ (() => {
const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_2166ab52 = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        (reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.ended_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_2166ab52.displayName = "Cond";
return Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_2166ab52;
})();

export const Bare_comp_e153ab90abc0dc06357b8b05ecf2f039_2166ab52 = /*#__PURE__*/ (() => {
const Bare_comp_e153ab90abc0dc06357b8b05ecf2f039_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.not_found_rx_state_ ? "Not found" : (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.loaded_rx_state_ ? reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.programme_rx_state_ : "Relationship"))
    )
});
Bare_comp_e153ab90abc0dc06357b8b05ecf2f039_2166ab52.displayName = "Bare";
return Bare_comp_e153ab90abc0dc06357b8b05ecf2f039_2166ab52;
})();

export const Bare_comp_a5628c6876220e78a86f4a4f79fb1b34_2166ab52 = /*#__PURE__*/ (() => {
const Bare_comp_a5628c6876220e78a86f4a4f79fb1b34_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.leader_role_rx_state_
    )
});
Bare_comp_a5628c6876220e78a86f4a4f79fb1b34_2166ab52.displayName = "Bare";
return Bare_comp_a5628c6876220e78a86f4a4f79fb1b34_2166ab52;
})();

export const Bare_comp_05b02473480b222b45b9fa0630474af3_2166ab52 = /*#__PURE__*/ (() => {
const Bare_comp_05b02473480b222b45b9fa0630474af3_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.leader_rx_state_
    )
});
Bare_comp_05b02473480b222b45b9fa0630474af3_2166ab52.displayName = "Bare";
return Bare_comp_05b02473480b222b45b9fa0630474af3_2166ab52;
})();

export const Bare_comp_54592c2ed669f09db7c625a1e3950446_2166ab52 = /*#__PURE__*/ (() => {
const Bare_comp_54592c2ed669f09db7c625a1e3950446_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.follower_role_rx_state_
    )
});
Bare_comp_54592c2ed669f09db7c625a1e3950446_2166ab52.displayName = "Bare";
return Bare_comp_54592c2ed669f09db7c625a1e3950446_2166ab52;
})();

export const Bare_comp_f1cc0ad516e9f8e5b8261b4cece4f42f_2166ab52 = /*#__PURE__*/ (() => {
const Bare_comp_f1cc0ad516e9f8e5b8261b4cece4f42f_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.follower_rx_state_
    )
});
Bare_comp_f1cc0ad516e9f8e5b8261b4cece4f42f_2166ab52.displayName = "Bare";
return Bare_comp_f1cc0ad516e9f8e5b8261b4cece4f42f_2166ab52;
})();

export const Button_button_c46121895291e4fa92fcd34a0836558e_2166ab52 = /*#__PURE__*/ (() => {
const Button_button_c46121895291e4fa92fcd34a0836558e_2166ab52 = memo(({children, ...rest}) => {
    const on_click_58743d651eb0d0a539e7190fbc33f9a4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state.add_session", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_58743d651eb0d0a539e7190fbc33f9a4 }))},children)
    )
});
Button_button_c46121895291e4fa92fcd34a0836558e_2166ab52.displayName = "Button";
return Button_button_c46121895291e4fa92fcd34a0836558e_2166ab52;
})();

export const Cond_comp_481bc45af89af8add6298bb5d4980700_2166ab52 = /*#__PURE__*/ (() => {
const Cond_comp_481bc45af89af8add6298bb5d4980700_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.active_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_481bc45af89af8add6298bb5d4980700_2166ab52.displayName = "Cond";
return Cond_comp_481bc45af89af8add6298bb5d4980700_2166ab52;
})();

export const Button_button_84ab1acf0fa9d8fb18a2cf9904624816_2166ab52 = /*#__PURE__*/ (() => {
const Button_button_84ab1acf0fa9d8fb18a2cf9904624816_2166ab52 = memo(({children, ...rest}) => {
    const on_click_322b8103d2291b6818f4637aad30b7c9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state.set_open", ({ ["open_"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", onClick:on_click_322b8103d2291b6818f4637aad30b7c9 }))},children)
    )
});
Button_button_84ab1acf0fa9d8fb18a2cf9904624816_2166ab52.displayName = "Button";
return Button_button_84ab1acf0fa9d8fb18a2cf9904624816_2166ab52;
})();

export const Button_button_fa71af7bc27e0833f8a78e946bab8ad5_2166ab52 = /*#__PURE__*/ (() => {
const Button_button_fa71af7bc27e0833f8a78e946bab8ad5_2166ab52 = memo(({children, ...rest}) => {
    const on_click_50c92ac39e30240892de59a82408eafa = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state.set_open", ({ ["open_"] : true }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_50c92ac39e30240892de59a82408eafa, variant:"soft" }))},children)
    )
});
Button_button_fa71af7bc27e0833f8a78e946bab8ad5_2166ab52.displayName = "Button";
return Button_button_fa71af7bc27e0833f8a78e946bab8ad5_2166ab52;
})();

export const Foreach_comp_3abe652615566bacda844e8ec84eac3a_2166ab52 = /*#__PURE__*/ (() => {
const Foreach_comp_3abe652615566bacda844e8ec84eac3a_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        Array.prototype.map.call(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.rows_rx_state_ ?? [],((row_rx_state_,index_8bc2998aba3216847e01f98cce65d42d)=>(jsx(RadixThemesTable.Row,{align:"center",key:index_8bc2998aba3216847e01f98cce65d42d},jsx(RadixThemesTable.RowHeaderCell,{},row_rx_state_?.["title"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["date"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["time"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["session_type"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("To be Arranged"):  return ("amber");  break;case JSON.stringify("Arranged"):  return ("blue");  break;case JSON.stringify("Completed"):  return ("green");  break;case JSON.stringify("Cancelled"):  return ("red");  break;default:  return ("gray");  break;};})(),highContrast:true,size:"2",variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesButton,{asChild:true,size:"1",variant:"soft"},jsx(RadixThemesLink,{"aria-label":row_rx_state_?.["label"],asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:row_rx_state_?.["url"]},"Edit"))))))))
    )
});
Foreach_comp_3abe652615566bacda844e8ec84eac3a_2166ab52.displayName = "Foreach";
return Foreach_comp_3abe652615566bacda844e8ec84eac3a_2166ab52;
})();

export const Cond_comp_d7cafe2d356f15aa538814c92ee9242f_2166ab52 = /*#__PURE__*/ (() => {
const Cond_comp_d7cafe2d356f15aa538814c92ee9242f_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.rows_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d7cafe2d356f15aa538814c92ee9242f_2166ab52.displayName = "Cond";
return Cond_comp_d7cafe2d356f15aa538814c92ee9242f_2166ab52;
})();

export const Cond_comp_502150baaf847d56a383ba2ccf71b300_2166ab52 = /*#__PURE__*/ (() => {
const Cond_comp_502150baaf847d56a383ba2ccf71b300_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_502150baaf847d56a383ba2ccf71b300_2166ab52.displayName = "Cond";
return Cond_comp_502150baaf847d56a383ba2ccf71b300_2166ab52;
})();

export const Cond_comp_39b7571e98d4b21a32d885ba6d361860_2166ab52 = /*#__PURE__*/ (() => {
const Cond_comp_39b7571e98d4b21a32d885ba6d361860_2166ab52 = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___relationship____relationship_state.not_found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_39b7571e98d4b21a32d885ba6d361860_2166ab52.displayName = "Cond";
return Cond_comp_39b7571e98d4b21a32d885ba6d361860_2166ab52;
})();
